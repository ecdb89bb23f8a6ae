//! Synthetic news corpus: a deterministic generator of English geopolitical news articles, each
//! with the facts planted in it recorded as gold rows.
//!
//! Why: the hand-annotated seed and demo corpora hold a few dozen articles, too few to measure
//! throughput or to see whether precision and recall hold up over thousands of varied texts.
//! This module makes any number of 3–5 KB articles, the same for the same (seed, index) so
//! benchmarks repeat and articles can be generated in parallel. Most of each text is deliberately
//! fact-free (markets, weather, sport, captions, boilerplate, hedged claims), so a quality check
//! at scale also counts false positives. Gold rows follow `/work/shared/corpus/README.md`: names
//! as written, lower-case role titles, dates `YYYY-MM-DD`, evidence the verbatim sentence.
//! People, companies, institutes and agreements are invented; countries, capitals, sanctioning
//! agencies and role titles come from the gazetteer at run time, so the generator never names a
//! real body the extractor cannot know.

use std::collections::HashSet;

use jiff::civil::Date;

use crate::eval::Row;
use crate::extract::EntityKind;
use crate::extract::dates::MONTH_NAMES as MONTHS;
use crate::gazetteer::GAZETTEER;

/// One generated article.
#[derive(Debug, Clone)]
pub struct Article {
    pub id: String,
    pub title: String,
    /// `YYYY-MM-DD`, on or after every date the text states.
    pub published: String,
    /// 3–5 KB; the title is not repeated as its first line.
    pub text: String,
    /// The facts planted in this article, in the gold-file format (`article` = `id`).
    pub gold: Vec<Row>,
}

/// splitmix64: tiny and good enough to vary text; hand-written so the output never changes with
/// a dependency update.
struct Rng(u64);

impl Rng {
    fn new(seed: u64, index: usize) -> Self {
        let mut r = Rng(seed);
        let base = r.next();
        Rng(base ^ (index as u64).wrapping_mul(0xD1B5_4A32_D192_ED03))
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A number in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next() % (hi.saturating_sub(lo) as u64 + 1)) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    /// One item; every pool is built non-empty (the tests check).
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.range(0, items.len().saturating_sub(1))]
    }
    /// One item of a `|`-separated list.
    fn pick_in(&mut self, list: &'static str) -> &'static str {
        let n = list.split('|').count();
        list.split('|')
            .nth(self.range(0, n - 1))
            .unwrap_or_default()
    }
}

/// How a culture orders a person's names.
#[derive(Clone, Copy)]
enum Order {
    FamilyFirst,
    Vietnamese,
    GivenFirst,
    Western,
    Spanish,
    Russian,
}

/// Given names and surnames of one naming culture, space-separated.
struct Culture {
    order: Order,
    given: &'static str,
    surnames: &'static str,
}

const CULTURES: [Culture; 12] = [
    Culture {
        order: Order::FamilyFirst, // Korean
        given: "Ji-hoon Min-jun Seo-yeon Ha-eun Do-yoon Ji-woo Seung-min Eun-ji Hyun-woo Ye-jin \
            Jae-sung Soo-min Dong-hyun Mi-kyung Sang-woo Yeon-hee Tae-yang Bo-ra Jun-ho Na-rae \
            Chang-min Hye-jin Kyung-soo Sun-hee Young-ho Ja-young Won-jae In-sook Ho-seok Ga-eun \
            Jin-woo Da-eun Sung-ho Myung-hee Byung-chul Eun-soo Kwang-il Seon-mi Hee-chul Ji-ae",
        surnames: "Park Lee Choi Jung Kang Cho Jang Han Seo Shin Kwon Hwang Ahn Song Jeon Hong \
            Yoo Ko Moon Yang Bae Baek Heo Nam Noh Kwak Sung Cha Joo Woo Min Ryu Jin Chae Won \
            Chun Bang Kong Hyun Byun Yeo Seok Gil Pyo Ban Ham Yeom Ki Eom Jeong Tak Maeng Gong \
            Sim Choo Ra Bong Seol Jegal Pyeon Yook",
    },
    Culture {
        order: Order::FamilyFirst, // Chinese
        given: "Wei Fang Jianguo Xiaoming Lihua Haiyan Jun Ming Yan Lei Jing Hong Qiang Tao Ying \
            Bo Chao Hui Xin Yun Zhiwei Jianhua Xiulan Guoqiang Meiling Hongmei Dongmei Wenjie \
            Yifan Zihan Haoran Yuxuan Shuang Xiaoyu Jiahui Chunhua Kaiwen Ruoxi Zhenyu Baohua",
        surnames: "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Guo Gao Lin Luo \
            Zheng Liang Xie Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Cai Jiang Du \
            Cheng Wei Su Lu Ding Ren Shen Yao Cui Zhong Tan Fan Shi Qian Meng Qin Bai Fu Lei Hou \
            Long Duan Hao Kong Shao Mao",
    },
    Culture {
        order: Order::Vietnamese, // Vietnamese
        given: "Mai Lan Hoa Huong Hung Dung Tuan Long Nam Hai Phuong Linh Trang Khoa Quang Tam \
            Thao Hieu Vinh Cuong Hanh Loan Binh Duy Tien Trung Thuy Nga Yen Khanh Phuc Nhung Dat \
            Hien Luan Tai Thang Chau Diep Kien",
        surnames: "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Ho Ngo Duong Ly Dinh \
            Trinh Truong Lam Cao Luong Quach Kieu Doan Luu Thai Trieu Vuong Mac Tang Chu Giang \
            Khuc Lai Nghiem Ong Phung Quan Ton Ta Au Bach Cu Dam Diep Kha Khong Lieu Lu Ninh \
            Tieu Thach Tong Ung Vi Banh Lac Nong Phi Sam Tao Tiet",
    },
    Culture {
        order: Order::GivenFirst, // Japanese
        given: "Haruto Yui Sota Aoi Ren Hina Yuto Mio Daiki Sakura Takumi Riko Kenta Ayaka Shota \
            Nanami Ryota Misaki Kaito Yuna Hiroshi Emi Takeshi Naoko Masato Keiko Yusuke Chihiro \
            Kazuki Asuka Tomoya Shinji Haruka Kohei Rina Tetsuya Eri Yoshiro Noriko Atsushi",
        surnames: "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato \
            Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori \
            Ikeda Hashimoto Ishikawa Ogawa Goto Okada Hasegawa Murakami Kondo Ishii Fujita Endo \
            Aoki Sakamoto Fukuda Ota Nishimura Fujii Miura Okamoto Matsuda Nakagawa Harada Ono \
            Takeuchi Kaneko Wada Nakano Ueda Morita Kojima Sugiyama Noguchi Arai Kubo Takagi \
            Hirano Kudo Iwasaki",
    },
    Culture {
        order: Order::Russian, // Russian
        given: "Andrei Alexei Mikhail Nikolai Pavel Igor Yuri Oleg Konstantin Boris Gennady \
            Viktor Roman Maxim Artyom Kirill Denis Anton Stanislav Vadim Grigory Leonid Yevgeny \
            Fyodor Gleb Ruslan Anna Elena Natalia Irina Tatiana Svetlana Marina Darya Ksenia \
            Yulia Polina Vera Galina Larisa Alina Nadezhda",
        surnames: "Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov \
            Fedorov Morozov Volkov Alekseev Lebedev Semenov Egorov Pavlov Kozlov Stepanov \
            Nikolaev Orlov Andreev Makarov Zakharov Zaitsev Solovyov Borisov Yakovlev Grigoriev \
            Vorobyov Sergeev Frolov Belov Tarasov Belyaev Komarov Kiselev Ilyin Gusev Titov \
            Kuzmin Baranov Kulikov Karpov Vlasov Maslov Isakov Tikhonov Gavrilov Rodionov Kotov \
            Gorbunov Bykov Zuev Panov Rybakov Abramov Voronin Mukhin Trofimov Martynov Chernov \
            Nazarov Lobanov Potapov Zhdanov Naumov Danilov Polyakov Sobolev Ozerov Nesterov \
            Vishnevsky Zhuravsky Dobrovolsky",
    },
    Culture {
        order: Order::GivenFirst, // Arabic
        given: "Khalid Omar Yousef Tariq Hassan Faisal Karim Samir Nabil Walid Ziad Rami Bilal \
            Adel Majid Hamza Jamal Nasser Saeed Fatima Layla Amira Noor Huda Rania Salma Yasmin \
            Dalia Mariam Lina Reem Hana Samira Zainab Aisha Nadia Farida Suha Rasha Mounir",
        surnames: "al-Mansouri al-Hashimi al-Tamimi al-Harbi al-Qahtani al-Otaibi al-Shammari \
            al-Dosari al-Zahrani al-Ghamdi al-Amiri al-Kuwari al-Nuaimi al-Suwaidi al-Masri \
            al-Khatib al-Jaber al-Hakim al-Obeidi al-Rawi al-Jubouri al-Saadi al-Azzawi \
            al-Dulaimi al-Bakri al-Najjar al-Husseini al-Shami al-Halabi al-Rashid al-Farsi \
            al-Mutairi al-Anazi al-Balushi al-Hinai al-Busaidi al-Kaabi al-Marri al-Sulaiti \
            al-Zaabi Haddad Khoury Saleh Farouk Hamdan Barakat Qasim Darwish Shalabi Rahman \
            Ibrahim Suleiman Habib Yassin Nassif Taha Sabbagh Awad Mikati Jaafar Issa",
    },
    Culture {
        order: Order::GivenFirst, // Persian
        given: "Reza Mehdi Hossein Amir Kaveh Babak Farhad Arash Behnam Navid Omid Hamid Pouya \
            Siavash Kourosh Bahram Shirin Maryam Parisa Nasrin Leila Azadeh Golnaz Mahsa Roya \
            Niloufar Shabnam Elham Fereshteh Soraya Ladan Mina Neda Zohreh Bita Sepideh Ramin \
            Payam Afshin Shahin",
        surnames: "Ahmadi Hosseini Mohammadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Ghorbani \
            Sadeghi Alavi Heydari Mousavi Tehrani Shirazi Esfahani Tabrizi Kazemi Najafi \
            Farahani Ebrahimi Amini Safavi Rostami Bagheri Zand Golzar Nikpour Rahmani Soltani \
            Asadi Mirzaei Salehi Yazdani Shahbazi Vahidi Nouri Daneshvar Khorasani Firouzi \
            Jalali Parsa Sharifi Akbari Mahmoudi Hamedani Zarei Bahrami Naderi Sohrabi Abbasi \
            Rafiei Ghasemi Kiani Ansari Fallahi Shokri Sabet Vaziri Farzaneh",
    },
    Culture {
        order: Order::Spanish, // Spanish
        given: "Alejandro Carlos Javier Miguel Diego Andrés Luis Pablo Fernando Jorge Ricardo \
            Sergio Raúl Eduardo Gabriel Mateo Rodrigo Tomás Emilio Joaquín María Lucía Carmen \
            Isabel Sofía Valentina Camila Paula Elena Ana Gabriela Daniela Mariana Verónica \
            Natalia Claudia Patricia Julia Inés Rocío",
        surnames: "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez \
            Jiménez Ruiz Hernández Díaz Moreno Álvarez Muñoz Romero Alonso Gutiérrez Navarro \
            Torres Domínguez Vázquez Ramos Ramírez Serrano Blanco Molina Morales Suárez Ortega \
            Delgado Castro Ortiz Rubio Marín Sanz Iglesias Medina Garrido Cortés Castillo Lozano \
            Guerrero Cano Prieto Méndez Calvo Gallego Vidal Herrera Márquez Peña Flores Cabrera \
            Campos Fuentes Carrasco Caballero Reyes Nieto Aguilar Pascual Herrero Hidalgo \
            Montero Ibáñez Ferrer Durán Benítez Vargas Arias Crespo Pastor Soto Velasco Bravo \
            Gallardo Rojas",
    },
    Culture {
        order: Order::Western, // Western
        given: "James John Robert Michael William Richard Thomas Charles Christopher Daniel Mark \
            Paul Steven Andrew Kenneth Kevin Brian George Edward Timothy Jason Ryan Nicholas \
            Eric Jonathan Stephen Scott Samuel Patrick Peter Henry Mary Jennifer Linda Elizabeth \
            Barbara Susan Jessica Sarah Karen Nancy Lisa Margaret Emily Michelle Rebecca Laura \
            Helen Hannah Claire Fiona Ingrid Astrid Lars Henrik Pieter Margot Luc Giulia Marco \
            Katarzyna Tomasz",
        surnames: "Smith Johnson Williams Brown Jones Davis Wilson Anderson Taylor Moore Jackson \
            Thompson Harris Clark Lewis Robinson Walker Allen Wright Baker Adams Nelson Campbell \
            Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart Morris \
            Murphy Rogers Morgan Cooper Peterson Reed Bailey Howard Richardson Watson Hughes \
            Sanders Foster Powell Sullivan Russell Fisher Hayes Myers Hamilton Graham Wallace \
            Owens Reynolds Ellis Harrison Gibson Kennedy Dixon Lloyd Fletcher Hartley Whitfield \
            Ashworth Pemberton Caldwell Sinclair Donnelly Gallagher Brennan Lindqvist Schneider \
            Fischer Weber Becker Hoffmann Schulz Richter Dubois Lefebvre Moreau Laurent Rossi \
            Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Jansen Bakker Visser \
            Nielsen Hansen Larsen Andersen Kowalski Nowak Novak Horvat",
    },
    Culture {
        order: Order::GivenFirst, // African
        given: "Kwame Kofi Ama Abena Yaw Akosua Chinedu Ngozi Oluwaseun Folake Chukwuemeka Amara \
            Tunde Funmilayo Emeka Ifeoma Babajide Yetunde Obinna Wanjiru Kamau Njeri Otieno \
            Achieng Tendai Farai Rutendo Tatenda Sipho Thandiwe Lindiwe Bongani Nomvula Thabo \
            Zanele Mandla Lerato Kagiso Ayodele Nnamdi Tsehay Abebe Selam Dawit Mekdes Aminata \
            Moussa Ibrahima Fatoumata Seydou",
        surnames: "Mensah Owusu Boateng Asante Osei Agyeman Adeyemi Okonkwo Nwosu Eze Balogun \
            Ogunleye Afolabi Okoro Chukwu Onyango Odhiambo Mwangi Kariuki Njoroge Wambui Ochieng \
            Kiprop Cheruiyot Moyo Ncube Dube Sibanda Mpofu Nkosi Dlamini Khumalo Mokoena Ndlovu \
            Mahlangu Banda Phiri Mwale Tembo Diallo Traoré Keita Coulibaly Touré Camara Ndiaye \
            Diop Gueye Kebede Tesfaye Gebremedhin Alemu Bekele Girma Tadesse Mengistu Oyelaran \
            Adewale Amadi Acheampong Oduya",
    },
    Culture {
        order: Order::GivenFirst, // Indian
        given: "Arjun Rohan Vikram Rahul Amit Sanjay Rajesh Anil Suresh Vivek Karan Nikhil \
            Aditya Manish Deepak Ravi Siddharth Harish Mohan Pradeep Priya Ananya Kavita Sunita \
            Neha Pooja Anjali Deepika Meera Lakshmi Sneha Divya Shreya Nisha Asha Rekha Swati \
            Aarti Radhika Shalini",
        surnames: "Sharma Verma Gupta Singh Kumar Patel Shah Mehta Joshi Reddy Rao Nair Menon \
            Iyer Pillai Chopra Kapoor Malhotra Bhatia Saxena Agarwal Bansal Chatterjee Banerjee \
            Mukherjee Bose Ghosh Dutta Mishra Pandey Tiwari Dubey Tripathi Srivastava Yadav \
            Chauhan Rathore Thakur Desai Kulkarni Deshpande Patil Jadhav Naidu Krishnan \
            Subramanian Venkatesan Sandhu Dhillon Grewal Sethi Khanna Arora Bhatt Trivedi Pathak \
            Bhattacharya Ganguly Hegde Shetty",
    },
    Culture {
        order: Order::GivenFirst, // Turkish
        given: "Mustafa Ahmet Emre Burak Murat Cem Kerem Serkan Hakan Onur Barış Oğuz Tolga \
            Volkan Selim Orhan Kemal Yusuf Ayşe Fatma Elif Zeynep Merve Esra Ece Selin Gül Özlem \
            Derya Aylin Burcu Cansu Ebru Nihan Seda Tuba Pınar Koray Alper Levent",
        surnames: "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan \
            Doğan Kılıç Aslan Çetin Koç Kurt Özkan Şimşek Polat Korkmaz Karaca Erdem Güneş Aksoy \
            Tekin Ünal Bulut Keskin Turan Güler Avcı Tunç Duman Akın Bozkurt Karakaya Yavuz Uçar \
            Ateş Sezer Toprak Gök Kaplan Ekinci Sönmez Altun Bilgin Coşkun Durmaz Eren Işık \
            Kocabaş Oral Sarıgül Taşkın Uysal Yalçın Zengin Akgül Baysal",
    },
];

const VN_MIDDLE: &str = "Van|Thi|Duc|Minh|Quoc|Thanh|Ngoc|Huu|Xuan";

/// Which culture names a country's officials (index into [`CULTURES`]); other countries get a
/// random one.
const CULTURE_OF: [&str; 11] = [
    "South Korea|North Korea",
    "China|Taiwan|Singapore",
    "Vietnam",
    "Japan",
    "Russia|Belarus|Ukraine|Kazakhstan|Kyrgyzstan|Moldova|Armenia|Georgia|Mongolia",
    "Saudi Arabia|Egypt|Iraq|Syria|Jordan|Lebanon|Kuwait|Qatar|Bahrain|Oman|Yemen|Libya|Tunisia|\
     Algeria|Morocco|Sudan|United Arab Emirates|Mauritania",
    "Iran|Afghanistan|Tajikistan",
    "Spain|Mexico|Argentina|Chile|Colombia|Peru|Venezuela|Ecuador|Bolivia|Paraguay|Uruguay|Cuba|\
     Guatemala|Honduras|Nicaragua|El Salvador|Costa Rica|Panama|Dominican Republic",
    "United States|United Kingdom|Canada|Australia|Ireland|France|Germany|Italy|Netherlands|\
     Belgium|Norway|Sweden|Denmark|Finland|Poland|Austria|Switzerland|Croatia|Czech Republic|\
     Portugal|Greece|Hungary|Romania|Bulgaria|Slovakia|Slovenia|Latvia|Lithuania|Estonia|Iceland",
    "Nigeria|Ghana|Kenya|Ethiopia|Tanzania|Uganda|Rwanda|Zambia|Zimbabwe|Malawi|Mozambique|\
     South Africa|Botswana|Namibia|Senegal|Mali|Ivory Coast|Cameroon|Niger|Guinea|Sierra Leone|\
     Liberia|Togo|Benin|Gabon|Angola",
    "India|Nepal|Bangladesh|Sri Lanka",
];

/// Countries a news writer puts "the" before.
const THE_COUNTRIES: &str = "United States|United Kingdom|United Arab Emirates|Netherlands|\
    Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Czech Republic|Dominican Republic|\
    Democratic Republic of the Congo|Republic of the Congo";
/// Countries whose demonym reads oddly before a title, or that are not plain states.
const SKIP_COUNTRIES: &str = "Holy See|Western Sahara|Lesotho|Kiribati|Vanuatu|New Zealand|\
    Palestine|Solomon Islands|Marshall Islands|Central African Republic";

/// Bodies the gazetteer lists as sanctioning that read oddly as the agent of a designation.
const SKIP_AGENCIES: &str = "U.S. Congress|Downing Street";

/// Role titles, kept only where the gazetteer knows them.
const COUNTRY_TITLES: &str = "foreign minister|defense minister|trade minister|finance minister|\
    interior minister|energy minister|culture minister|economy minister|health minister|\
    education minister|agriculture minister|transport minister|industry minister|\
    justice minister|fisheries minister|prime minister|vice president|national security adviser|\
    special envoy|chief negotiator|foreign trade minister|science minister";
const THINK_TANK_TITLES: &str = "senior fellow|research fellow|analyst|director|economist|\
    visiting scholar|senior research fellow|professor";
const ACADEMY_TITLES: &str = "rector|commandant|president|director|dean";
const COMPANY_TITLES: &str = "managing director|chief executive|chairman|general manager|founder";

const WORDS: &str = "Golden Silver Northern Eastern Crescent Ocean Blue Jade Falcon Phoenix \
    Amber Polar Meridian Horizon Summit Coral Iron Emerald Sapphire Orient Grand Lotus Eagle Unity \
    Harmony Pioneer Evergreen Sunrise Silk Aurora Atlas Titan Vertex Crown Cedar Harbor Anchor";
const FIELDS: &str = "Strategic Studies|Maritime Policy|Energy Security|Eurasian Studies|\
    Trade Policy|Defense Analysis|Peace Research|International Affairs|Security Studies|\
    Economic Research|Arctic Research|Nuclear Policy|Global Governance";
const TOPICS: &str = "Maritime Security|Digital Trade|Fisheries|Customs Cooperation|\
    Civil Aviation|Energy Transit|Scientific Cooperation|Visa Facilitation|Cultural Exchange|\
    Nuclear Safety|Rail Transport|Port Development|Agricultural Trade|Cyber Defense";

// Organisation and agreement names; `{place}` is a one-word gazetteer place.
const INSTITUTES: &[&str] = &[
    "{place} Institute for {field}",
    "{place} {field} Institute",
    "{place} Center for {field}",
    "{sur} Institute of {field}",
];
const ACADEMIES: &[&str] = &[
    "{place} Naval Academy",
    "{place} Military Academy",
    "{place} Maritime University",
    "{place} Border Guard Academy",
    "{place} Aviation Institute",
    "{place} Coast Guard Academy",
    "{place} Police Academy",
];
const COMPANIES: &[&str] = &[
    "{w1} {w2} Shipping",
    "{place} {w1} Trading Company",
    "{sur} Trading Company",
    "{w1} Star Logistics",
    "{place} Precision Machinery Company",
    "{w1} {w2} Industries",
    "{place} Ocean Fisheries Company",
    "{w1} Horizon Holdings",
    "{sur} Electronics",
];
const TREATIES: &[&str] = &[
    "{a}-{b} {Topic} Agreement",
    "Agreement on {Topic}",
    "{Topic} Cooperation Agreement",
    "Memorandum of Understanding on {Topic}",
    "{a.city} Accord on {Topic}",
    "{Topic} Partnership Agreement",
];
const ORG_TREATIES: &[&str] = &[
    "Memorandum on {Topic}",
    "Agreement on Academic Exchange",
    "{Topic} Training Protocol",
];

// Fact sentences. `{p}` is a person with `{p.dem}`, `{p.Title}` (capitalised) and `{p.title}`;
// `{x.name}` is a country as it reads mid-sentence, `{x.city}` its capital.
const COUNTRY_ROLE: &[&str] = &[
    "{p.dem} {p.Title} {p} said {clause}.",
    "{p.dem} {p.Title} {p} told reporters that {clause}.",
    "\"{quote},\" {p.dem} {p.Title} {p} said in a statement.",
    "{p}, {p.name}'s {p.title}, said {clause}.",
];
const THINK_TANK_ROLE: &[&str] = &[
    "{p}, {a} {p.title} at the {org}, said {clause}.",
    "\"{quote},\" said {p}, {a} {p.title} at the {org}.",
    "According to {p}, {a} {p.title} at the {org}, {clause}.",
    "{p}, who is {a} {p.title} at the {org}, said {clause}.",
];
const DELEGATION: &[&str] = &[
    "A delegation from the {org} led by {p} arrived in {host.city} on {date}.",
    "A delegation from the {org}, led by {p}, arrived in {host.city} on {date} for a {n}-day visit.",
    "The {org} delegation, led by {p}, arrived in {host.city} on {date}.",
    "On {date}, a delegation from the {org} led by {p} arrived in {host.city}.",
];
const ACADEMY_ROLE: &[&str] = &[
    "{p} is the {p.title} of the {org}.",
    "{p} has been the {p.title} of the {org} since {year}.",
];
const SOLO_VISIT: &[&str] = &[
    "{p.dem} {p.Title} {p} arrived in {host.city} on {date} for talks on {topic}.",
    "{p.dem} {p.Title} {p} visited {host.city} on {date}.",
    "{p.dem} {p.Title} {p} traveled to {host.city} on {date}, the first such trip in {n} years.",
];
const MEETS: &[&str] = &[
    "{p.dem} {p.Title} {p} met with {q.dem} {q.Title} {q} in {q.city} on {date}.",
    "{p.dem} {p.Title} {p} met {q.dem} {q.Title} {q} in {q.city} on {date} to discuss {topic}.",
    "On {date}, {p.dem} {p.Title} {p} met with {q.dem} {q.Title} {q} in {q.city}.",
];
const SIGNS: &[&str] = &[
    "{a.name} and {b.name} signed the {treaty} on {date}.",
    "On {date}, {a.name} and {b.name} signed the {treaty} in {a.city}.",
    "{a.name} and {b.name} signed the {treaty} on {date}, capping {n} rounds of negotiations.",
];
const ORG_SIGNS: &[&str] = &["The {a} and the {b} signed the {treaty} on {date}."];
const SANCTIONED: &[&str] = &[
    "{t0} was sanctioned by {agency.the} on {date}.",
    "{t0}, {desc}, was sanctioned by {agency.the} on {date} for {reason}.",
    "On {date}, {t0} was designated by {agency.the} for {reason}.",
];
const DESIGNATES: &[&str] = &[
    "{agency.the} designated {targets} on {date} for {reason}.",
    "On {date}, {agency.the} sanctioned {targets} for {reason}.",
    "{agency.the} imposed sanctions on {targets} on {date}.",
];
const PERSON_SANCTIONED: &[&str] = &[
    "{p}, the {p.title} of {t0}, was sanctioned by {agency.the} on {date}.",
    "{agency.the} designated {p}, the {p.title} of {t0}, on {date} for {reason}.",
];
const CAPTION_ROLE: &[&str] = &["{p.dem} {p.Title} {p} speaks at a news conference in {p.city}."];

// Sentences around the facts, none stating one. `{s}` is the short name of the block's person.
const CLAUSES: &str = "the talks had been frank and useful|both sides wanted closer cooperation \
    on {topic}|the government would publish a detailed plan within weeks|there was no change in \
    policy|regional stability depended on steady communication|trade flows had recovered|the \
    proposal deserved careful study|the two economies were increasingly intertwined|the region \
    faced a difficult year|progress on {topic} would take time|the figures were encouraging";
const QUOTES: &str = "We are building trust step by step|This is a long process and we are \
    patient|Our door remains open|Nobody benefits from escalation|The numbers speak for \
    themselves|There is real momentum now|We should not overstate what has been achieved|The \
    next six months will be decisive|Both sides have strong reasons to keep talking";
const FOLLOW: &[&str] = &[
    "{s} did not take questions.",
    "{s} declined to elaborate.",
    "{s} added that the discussions covered {topic} and {topic2}.",
    "The remarks were carried by state media.",
    "Officials described the atmosphere as {mood}.",
    "No joint statement was issued afterwards.",
    "{s} said work on {topic} would continue.",
];
const THINK_TANK_FOLLOW: &[&str] = &[
    "{s} has written widely on {topic}.",
    "{s} cautioned against reading too much into a single meeting.",
    "{s} pointed to {topic} as the area to watch.",
];
const DELEGATION_FOLLOW: &[&str] = &[
    "The delegation is scheduled to tour a {facility} before returning home.",
    "Its members were greeted at the airport by local officials.",
    "The program includes lectures, a {facility} tour and a cultural evening.",
];
const SANCTION_FOLLOW: &[&str] = &[
    "The action freezes any assets the targets hold in the relevant jurisdictions.",
    "Officials said the network used front companies to move {goods}.",
    "None of the targets could be reached for comment.",
    "The listing follows months of scrutiny of {goods} shipments through {city}.",
];
const SIGN_FOLLOW: &[&str] = &[
    "The agreement takes effect once both parliaments ratify it.",
    "Negotiators began work on the text in {year}.",
    "Officials said the deal covers {topic}.",
];
/// Hedged claims: realistic traps that are not facts.
const HEDGED: &[&str] = &[
    "The two governments are expected to sign a separate accord on {topic} next year.",
    "Analysts said further sanctions on shipping firms could follow.",
    "A follow-up meeting is reportedly being considered for {month}.",
    "{s} may travel to {city} later this year, according to two people familiar with the plans.",
];
const REASONS: &str = "supplying {goods} to military buyers|helping ship operators evade export \
    controls|procuring dual-use electronics|running a ship-to-ship oil transfer network|laundering \
    the proceeds of arms sales|providing financial services to blocked banks";
const DESCS: &str =
    "a {city}-based shipping firm|a trading company registered in {city}|a parts supplier";

// Fact-free filler, one topic per paragraph; no template is used twice in an article.
const FILLER: [&[&str]; 11] = [
    &[
        "Exports from {country} {rose} {pct} percent in the latest quarter on demand for {goods}.",
        "Economists had expected growth of about {pct} percent, but weaker {sector} output weighed.",
        "Consumer prices in {country} were {pct} percent higher than a year earlier, data showed.",
        "Retail sales in {city} {fell} for a {ordinal} straight month as households cut back.",
        "The central bank left its benchmark rate at {pct} percent and signalled a cautious approach.",
        "Manufacturing activity {rose} in {month}, with orders for {goods} the highest since {year}.",
        "Small firms in the {sector} sector say higher borrowing costs have delayed hiring plans.",
        "Unemployment in {country} held at {pct} percent, close to a record low.",
    ],
    &[
        "Shares in {sector} companies {rose} {pct} percent on {day}, while the index {fell} {pct2}.",
        "The local currency {fell} against the dollar as traders weighed the outlook for rates.",
        "Brent crude {rose} to ${num} a barrel in {day} trading.",
        "Government bond yields {rose} after stronger-than-expected {data} data.",
        "Gold {fell} {pct} percent as investors moved back into equities.",
        "Trading volumes were thin ahead of a public holiday in {city}.",
        "Bank stocks {fell} {adv} after a weaker profit forecast from a large lender.",
    ],
    &[
        "Forecasters expect {weather} across {city} through the weekend, with highs near {temp} C.",
        "Heavy rain disrupted rail services around {city} on {day}, and several flights were delayed.",
        "Authorities in {city} urged residents to stay indoors during the afternoon heat.",
        "A cold front will bring {weather} to the north of {country} later in the week.",
        "Air quality in {city} was rated poor for a {ordinal} day.",
        "Rivers in the south of {country} rose {adv} after days of rain, and some roads closed.",
    ],
    &[
        "{team} beat {team2} {score} on {day} to move into second place in the league.",
        "The national football team of {country} will play two friendlies in {month}.",
        "Organisers said more than {num},000 runners had registered for the {city} marathon.",
        "Tickets for the cup final sold out within {n} hours.",
        "The {city} derby ended {score} after a late penalty.",
        "A new indoor arena in {city} will host its first basketball game in {month}.",
        "The cycling tour will pass through {city} for the first time since {year}.",
    ],
    &[
        "A new exhibition of {art} opened at a gallery in {city}, drawing long queues.",
        "Tourist arrivals in {country} reached {num},000 in {month}, the highest since {year}.",
        "Road works on the main ring road in {city} will continue until the end of {month}.",
        "The city council in {city} approved a plan to add {num} electric buses to its fleet.",
        "A film festival in {city} opened with a record number of entries this year.",
        "Volunteers planted {num},000 trees along the river banks outside {city}.",
    ],
    &[
        "Power demand in {country} hit a record during the {season} peak, the grid operator said.",
        "Natural gas prices {fell} {pct} percent on forecasts of a mild {season}.",
        "Construction began on a new {num}-megawatt solar farm outside {city}.",
        "Refinery maintenance cut fuel output in {country} by about {pct} percent in {month}.",
        "Coal imports {rose} for a {ordinal} month as hydropower output lagged.",
    ],
    &[
        "The airport in {city} handled {num} million passengers last year, a new record.",
        "A new metro line in {city} is due to open in {month} after years of delays.",
        "Port congestion in {city} eased as more berths came into service.",
        "Freight rates on long-haul container routes {fell} {pct} percent week on week.",
        "Taxi drivers in {city} staged a brief strike over fuel costs on {day}.",
        "Rail operators in {country} said ticket sales were {pct} percent above last year's level.",
    ],
    &[
        "Chipmakers reported strong demand for memory products used in data centres.",
        "A start-up based in {city} raised ${num} million to develop battery recycling technology.",
        "Mobile data prices in {country} have fallen by about a third in two years.",
        "A software update rolled out to phones in {country} caused brief outages on {day}.",
        "Regulators in {country} opened a consultation on rules for online marketplaces.",
        "Internet users in {city} reported slow connections after an undersea cable fault.",
    ],
    &[
        "Hospitals in {city} reported a rise in seasonal flu cases, though numbers remain modest.",
        "A vaccination drive in rural {country} reached {num},000 children in its first month.",
        "Researchers in {city} published a study on air pollution and childhood asthma.",
        "Pharmacies in {country} reported shortages of common antibiotics.",
        "Farmers in {country} expect a smaller {crop} harvest after a long dry spell.",
        "Wholesale {crop} prices {rose} {pct} percent at markets around {city}.",
        "Fishing fleets in {country} returned to port early because of rough seas.",
    ],
    &[
        "Home prices in {city} {rose} {pct} percent from a year earlier, an industry survey found.",
        "Rents for office space in central {city} {fell} as vacancy rates climbed.",
        "Developers in {city} have slowed new projects amid higher borrowing costs.",
        "Fertiliser costs remain well above their {year} levels, growers say.",
    ],
    &[
        "Trade between {country} and {country2} has grown steadily, driven by {goods}.",
        "Diplomats in {city} say the regional security picture has become more complicated.",
        "Shipping through the area has been disrupted several times this year, raising insurance costs.",
        "Critics argue that export controls are hard to enforce when goods pass through third countries.",
        "Officials have long described the relationship as pragmatic rather than warm.",
        "Surveys suggest public opinion on closer ties remains divided.",
        "The government is due to publish its annual foreign policy white paper in {month}.",
        "Talks on a broader economic framework stalled in {year} over tariff schedules.",
    ],
];
const LEDES: &[&str] = &[
    "On a grey morning in {city}, the mood among traders and officials was cautious.",
    "The harbour in {city} was quieter than usual this week.",
    "For years, the relationship has moved in small, careful steps.",
];
const CAPTIONS: &[&str] = &[
    "{scene} in {city} on {day}. {credit}/{agency}",
    "{scene} in {city}. Photo: {credit}/{agency}",
];
const SCENES: &str = "Cargo containers are stacked at a port|Commuters wait for a train|A worker \
    inspects solar panels at a plant|Fans celebrate after a match|Pedestrians walk past a screen \
    showing stock prices|Fishing boats are moored in a harbour|A woman shops at a street market";
const BOILERPLATE: &str = "Log in to comment|Share this article|Advertisement|Sign up for our \
    daily newsletter|Related coverage|Copyright {year} Wire. All rights reserved.";

/// A country as the generator uses it.
struct Country {
    name: String,
    demonym: String,
    capital: String,
    /// Reads with "the" ("the Philippines").
    the: bool,
    culture: Option<usize>,
}

/// Deterministic generator: the same (seed, index) always gives the same article.
pub struct Generator {
    seed: u64,
    countries: Vec<Country>,
    /// Sanctioning agencies (canonical names) from the gazetteer.
    agencies: Vec<String>,
    /// One-word places for invented institutions, with their country's index.
    places: Vec<(String, usize)>,
    titles: [Vec<&'static str>; 4],
    given: Vec<Vec<&'static str>>,
    surnames: Vec<Vec<&'static str>>,
    words: Vec<&'static str>,
}

impl Generator {
    /// Builds the pools once: countries with a demonym and capital, sanctioning agencies, titles
    /// the gazetteer knows, and name parts that are neither a known name nor a role word.
    pub fn new(seed: u64) -> Self {
        let g = &*GAZETTEER;
        let mut names: Vec<&String> = g.capitals.keys().collect();
        names.sort();
        let countries: Vec<Country> = (names.into_iter())
            .filter(|n| !n.contains(" and ") && !SKIP_COUNTRIES.split('|').any(|s| s == *n))
            .filter_map(|n| {
                Some(Country {
                    name: n.clone(),
                    demonym: g.demonyms.get(n)?.clone(),
                    capital: g.capitals.get(n)?.clone(),
                    the: THE_COUNTRIES.split('|').any(|s| s == n),
                    culture: CULTURE_OF.iter().position(|l| l.split('|').any(|s| s == n)),
                })
            })
            .collect();
        let mut seen = HashSet::new();
        let agencies = (g.known.iter())
            .filter(|k| k.kind == EntityKind::Agency && k.sanctions)
            .filter(|k| !SKIP_AGENCIES.split('|').any(|s| s == k.canonical))
            .filter(|k| seen.insert(k.canonical.clone()))
            .map(|k| k.canonical.clone())
            .collect();
        let places = (g.known.iter())
            .filter(|k| k.kind == EntityKind::Place && k.canonical.chars().all(char::is_alphabetic))
            .filter_map(|k| {
                let i = countries
                    .iter()
                    .position(|x| Some(&x.name) == k.country.as_ref())?;
                seen.insert(format!("place:{}", k.canonical))
                    .then(|| (k.canonical.clone(), i))
            })
            .collect();
        let titles = |list: &'static str| {
            list.split('|')
                .filter(|t| g.roles.iter().any(|r| r == t))
                .collect()
        };
        let clean =
            |w: &&str| g.lookup(w).is_none() && !g.roles.iter().any(|r| r.eq_ignore_ascii_case(w));
        let pool = |s: &'static str| s.split_whitespace().filter(clean).collect::<Vec<_>>();
        Self {
            seed,
            countries,
            agencies,
            places,
            titles: [
                COUNTRY_TITLES,
                THINK_TANK_TITLES,
                ACADEMY_TITLES,
                COMPANY_TITLES,
            ]
            .map(titles),
            given: CULTURES.iter().map(|c| pool(c.given)).collect(),
            surnames: CULTURES.iter().map(|c| pool(c.surnames)).collect(),
            words: pool(WORDS),
        }
    }

    /// The article number `index` (0-based); independent of other indices so callers can
    /// generate in parallel.
    pub fn article(&self, index: usize) -> Article {
        let mut rng = Rng::new(self.seed, index);
        let pub_day = rng.range(60, LAST_DAY) as i64;
        let mut draft = Draft {
            g: self,
            rng,
            id: format!("gen-{index:06}"),
            pub_day,
            published: day(pub_day),
            used: HashSet::new(),
            vars: Vec::new(),
            facts: Vec::new(),
        };
        draft.compose()
    }
}

/// Days from 2015-01-01 to 2025-12-31: every date lies in 2015–2025.
const LAST_DAY: usize = 4017;
const FIRST: Date = jiff::civil::date(2015, 1, 1);

fn day(n: i64) -> Date {
    FIRST
        .checked_add(jiff::Span::new().days(n))
        .unwrap_or(FIRST)
}

fn month_name(d: Date) -> &'static str {
    MONTHS[usize::from(d.month().unsigned_abs()).clamp(1, 12) - 1]
}

/// Fills `{key}` placeholders through `value`; a key it does not know stays as written, so a
/// gap shows in the tests instead of vanishing.
fn fill_with(template: &str, value: &mut dyn FnMut(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            break;
        };
        match value(&after[..close]) {
            Some(v) => out.push_str(&v),
            None => out.push_str(&rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

fn cap_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// "A", "A and B", "A, B and C".
fn and_list(items: &[String]) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => items.join(""),
    }
}

/// "Ivanov" -> "Ivanova", "Vishnevsky" -> "Vishnevskaya".
fn feminine(surname: &str) -> String {
    if let Some(stem) = surname.strip_suffix("sky") {
        format!("{stem}skaya")
    } else if ["ov", "ev", "in", "yn"]
        .iter()
        .any(|s| surname.ends_with(s))
    {
        format!("{surname}a")
    } else {
        surname.to_owned()
    }
}

/// The kinds of fact paragraph.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    CountryRole,
    ThinkTank,
    Delegation,
    SoloVisit,
    Meets,
    Signs,
    OrgSigns,
    Sanctioned,
    Designates,
    PersonSanctioned,
    CaptionRole,
}

/// The article styles, each with the fact kinds it favours and the kind it leads with.
const STYLES: [(&[Kind], Option<Kind>); 4] = {
    use Kind::*;
    [
        (
            &[
                CountryRole,
                ThinkTank,
                Delegation,
                SoloVisit,
                Meets,
                Signs,
                OrgSigns,
                Sanctioned,
            ],
            None,
        ),
        (
            &[Meets, CountryRole, Signs, SoloVisit, CaptionRole],
            Some(Meets),
        ),
        (
            &[Sanctioned, Designates, PersonSanctioned, CountryRole],
            Some(Designates),
        ),
        (
            &[
                ThinkTank,
                ThinkTank,
                CountryRole,
                Delegation,
                Signs,
                CaptionRole,
            ],
            None,
        ),
    ]
};

/// The state of one article while it is written. Placeholder values of the current fact
/// paragraph live in `vars`; anything else a template asks for is a random word.
struct Draft<'g> {
    g: &'g Generator,
    rng: Rng,
    id: String,
    pub_day: i64,
    published: Date,
    /// Names, short names, organisations and posts already used, so each is one entity.
    used: HashSet<String>,
    vars: Vec<(String, String)>,
    facts: Vec<Row>,
}

impl Draft<'_> {
    fn set(&mut self, key: &str, value: impl Into<String>) {
        let value = value.into();
        match self.vars.iter_mut().find(|(k, _)| k == key) {
            Some(slot) => slot.1 = value,
            None => self.vars.push((key.to_owned(), value)),
        }
    }
    fn get(&self, key: &str) -> String {
        (self.vars.iter())
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }
    /// Records a gold row whose parts are the values of the keys (`-` for empty).
    fn fact(&mut self, relation: &str, subject: &str, object: &str, extra: &str, evidence: &str) {
        let row = Row {
            article: self.id.clone(),
            relation: relation.to_owned(),
            subject: self.get(subject),
            object: self.get(object),
            extra: self.get(extra),
            evidence: evidence.to_owned(),
            confidence: 1.0,
        };
        self.facts.push(row);
    }
    /// A template filled from `vars`, then from random words, starting with a capital.
    fn fill(&mut self, template: &str) -> String {
        cap_first(&fill_with(template, &mut |k| {
            (self.vars.iter())
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
                .or_else(|| self.word(k))
        }))
    }
    fn say(&mut self, templates: &[&str]) -> String {
        let t = *self.rng.pick(templates);
        self.fill(t)
    }

    fn country(&mut self) -> usize {
        self.rng.range(0, self.g.countries.len() - 1)
    }
    fn other_country(&mut self, not: usize) -> usize {
        let c = self.country();
        if c == not {
            (c + 1) % self.g.countries.len()
        } else {
            c
        }
    }
    /// Sets `key.country` (canonical name), `key.name` (as it reads mid-sentence), `key.dem` and
    /// `key.city` (capital) for country `c`.
    fn country_vars(&mut self, key: &str, c: usize) {
        let k = &self.g.countries[c];
        let (name, dem, city) = (k.name.clone(), k.demonym.clone(), k.capital.clone());
        let mention = if k.the {
            format!("the {name}")
        } else {
            name.clone()
        };
        self.set(&format!("{key}.country"), name);
        self.set(&format!("{key}.name"), mention);
        self.set(&format!("{key}.dem"), dem);
        self.set(&format!("{key}.city"), city);
    }
    /// A fresh person in `key` (short name in `s` if first), named in the culture of country `c`
    /// (or of a random culture)
    fn person(&mut self, key: &str, c: Option<usize>) {
        let culture = (c.and_then(|c| self.g.countries[c].culture))
            .unwrap_or_else(|| self.rng.range(0, CULTURES.len() - 1));
        let (mut full, mut short) = self.make_person(culture);
        for _ in 0..20 {
            if !self.used.contains(&full) && !self.used.contains(&short) {
                break;
            }
            (full, short) = self.make_person(culture);
        }
        self.used.extend([full.clone(), short.clone()]);
        if self.get("s").is_empty() {
            self.set("s", short.clone());
        }
        self.set(key, full);
    }
    fn make_person(&mut self, culture: usize) -> (String, String) {
        let given = *self.rng.pick(&self.g.given[culture]);
        let sur = *self.rng.pick(&self.g.surnames[culture]);
        let second = *self.rng.pick(&self.g.surnames[culture]);
        let (full, short) = match CULTURES[culture].order {
            Order::FamilyFirst => (format!("{sur} {given}"), sur.to_owned()),
            Order::Vietnamese => (
                format!("{sur} {} {given}", self.rng.pick_in(VN_MIDDLE)),
                given.to_owned(),
            ),
            Order::GivenFirst => (format!("{given} {sur}"), sur.to_owned()),
            Order::Western if self.rng.chance(45) => {
                let initial = char::from(b"ABCDEFGHJKLMNPRSTW"[self.rng.range(0, 17)]);
                (format!("{given} {initial}. {sur}"), sur.to_owned())
            }
            Order::Spanish if second != sur && self.rng.chance(80) => {
                if self.rng.chance(75) {
                    (format!("{given} {sur} {second}"), sur.to_owned())
                } else {
                    (format!("{given} {sur}-{second}"), format!("{sur}-{second}"))
                }
            }
            Order::Russian if given.ends_with('a') => {
                let sur = feminine(sur);
                (format!("{given} {sur}"), sur)
            }
            _ => (format!("{given} {sur}"), sur.to_owned()),
        };
        (full, short)
    }
    /// A fresh person holding a country post: `key`, `key.title`, `key.Title` and the country's
    /// variables.
    fn official(&mut self, key: &str, c: usize) {
        self.country_vars(key, c);
        self.person(key, Some(c));
        let mut title = *self.rng.pick(&self.g.titles[0]);
        for _ in 0..10 {
            if self.used.insert(format!("{c}:{title}")) {
                break;
            }
            title = *self.rng.pick(&self.g.titles[0]);
        }
        let cap = title
            .split(' ')
            .map(cap_first)
            .collect::<Vec<_>>()
            .join(" ");
        self.set(&format!("{key}.title"), title);
        self.set(&format!("{key}.Title"), cap);
    }
    /// A fresh invented organisation in `key`; returns its country.
    fn org(&mut self, key: &str, templates: &[&str]) -> usize {
        loop {
            let (place, c) = self.rng.pick(&self.g.places).clone();
            let culture = self.rng.range(0, CULTURES.len() - 1);
            let sur = *self.rng.pick(&self.g.surnames[culture]);
            let sur = cap_first(sur);
            let (w1, w2) = (*self.rng.pick(&self.g.words), *self.rng.pick(&self.g.words));
            let field = self.rng.pick_in(FIELDS);
            let t = *self.rng.pick(templates);
            let name = fill_with(t, &mut |k| {
                let v = match k {
                    "place" => &place,
                    "sur" => &sur,
                    "w1" => w1,
                    "w2" => w2,
                    _ => field,
                };
                Some(v.to_owned())
            });
            let mut words: Vec<&str> = name.split(' ').collect();
            words.sort_unstable();
            words.dedup();
            if words.len() == name.split(' ').count() && self.used.insert(name.clone()) {
                self.set(key, name);
                return c;
            }
        }
    }
    /// Sets `key.title` from title pool `pool`, and `a` to its article.
    fn title(&mut self, key: &str, pool: usize) {
        let title = *self.rng.pick(&self.g.titles[pool]);
        let a = if title.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        self.set("a", a);
        self.set(&format!("{key}.title"), title);
    }

    /// Fills a placeholder with no variable: random words for filler and asides.
    fn word(&mut self, key: &str) -> Option<String> {
        let r = &mut self.rng;
        let list = match key {
            "city" | "country" | "country2" | "team" | "team2" => {
                let k = &self.g.countries[r.range(0, self.g.countries.len() - 1)];
                return Some(match key {
                    "city" => k.capital.clone(),
                    "country" | "country2" if k.the => format!("the {}", k.name),
                    "country" | "country2" => k.name.clone(),
                    _ => format!("{} {}", k.capital, r.pick_in("United|FC|City|Athletic")),
                });
            }
            "pct" | "pct2" => return Some(format!("{}.{}", r.range(0, 6), r.range(1, 9))),
            "year" => return Some((self.published.year() - r.range(1, 8) as i16).to_string()),
            "num" => return Some(r.range(12, 95).to_string()),
            "n" => return Some(r.range(3, 9).to_string()),
            "temp" => return Some((r.range(0, 46) as i64 - 8).to_string()),
            "score" => {
                let winner = r.range(1, 4);
                return Some(format!("{winner}-{}", r.range(0, winner - 1)));
            }
            "month" => return Some((*r.pick(&MONTHS)).to_owned()),
            "topic" | "topic2" => return Some(r.pick_in(TOPICS).to_lowercase()),
            "credit" => {
                let c = r.range(0, CULTURES.len() - 1);
                let (full, _) = self.make_person(c);
                return Some(full);
            }
            "clause" | "reason" | "desc" => {
                let t = r.pick_in(match key {
                    "clause" => CLAUSES,
                    "reason" => REASONS,
                    _ => DESCS,
                });
                return Some(fill_with(t, &mut |k| self.word(k)));
            }
            "rose" => "rose|climbed|edged up|gained|advanced|jumped",
            "fell" => "fell|slipped|eased|dropped|declined|slid",
            "goods" => {
                "machinery|semiconductors|steel|textiles|fuel|fertiliser|auto parts|grain|\
                lithium batteries|drone components"
            }
            "network" => "shipping|procurement|financing|smuggling|oil trading",
            "sector" => "construction|technology|banking|retail|shipping|tourism",
            "ordinal" => "second|third|fourth|fifth",
            "day" => "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday",
            "weather" => "showers|strong winds|light snow|clear skies|fog|thunderstorms",
            "adv" => "sharply|modestly|slightly|steeply",
            "season" => "summer|winter",
            "crop" => "rice|wheat|coffee|cocoa|maize|tea|sugar|soybean",
            "data" => "jobs|inflation|factory|housing",
            "art" => "ceramics|landscape paintings|street photography|textiles",
            "mood" => "cordial|businesslike|warm|constructive",
            "facility" => "shipyard|training centre|naval base|port terminal",
            "quote" => QUOTES,
            "scene" => SCENES,
            "agency" => "AFP|Reuters|AP|EPA|Yonhap|Getty Images",
            _ => return None,
        };
        Some(r.pick_in(list).to_owned())
    }

    /// One fact paragraph: its fact sentences (gold rows into `facts`), then one or two asides.
    /// Returns the paragraph and a headline.
    fn block(&mut self, kind: Kind) -> (String, String) {
        self.vars.clear();
        let date = day(self.pub_day - self.rng.range(0, 40) as i64);
        self.set(
            "date",
            format!("{} {}, {}", month_name(date), date.day(), date.year()),
        );
        self.set("iso", date.to_string());
        let c = self.country();
        let host = self.other_country(c);
        let mut follow = FOLLOW;
        let (mut para, headline) = match kind {
            Kind::CountryRole | Kind::CaptionRole | Kind::SoloVisit => {
                self.official("p", c);
                self.country_vars("host", host);
                let s = match kind {
                    Kind::CountryRole if self.g.countries[c].the => self.say(&COUNTRY_ROLE[..3]),
                    Kind::CountryRole => self.say(COUNTRY_ROLE),
                    Kind::CaptionRole => self.say(CAPTION_ROLE),
                    _ => self.say(SOLO_VISIT),
                };
                self.fact("holds_role", "p", "p.title", "p.country", &s);
                if kind == Kind::SoloVisit {
                    self.fact("visits", "p", "host.city", "iso", &s);
                }
                if kind == Kind::CaptionRole {
                    let caption = self.fill("{credit}/{agency}");
                    return (
                        format!("{s} {caption}"),
                        self.fill("{p.dem} {p.title} sets out plans"),
                    );
                }
                (s, "{p.dem} {p.title} weighs in on regional agenda")
            }
            Kind::ThinkTank => {
                let oc = self.org("org", INSTITUTES);
                self.person("p", Some(oc));
                self.title("p", 1);
                let s = self.say(THINK_TANK_ROLE);
                self.fact("holds_role", "p", "p.title", "org", &s);
                self.fact("member_of", "p", "org", "-", &s);
                follow = THINK_TANK_FOLLOW;
                (s, "Analysts see slow progress on {topic}")
            }
            Kind::Delegation => {
                let oc = self.org("org", ACADEMIES);
                self.person("p", Some(oc));
                let host = self.other_country(oc);
                self.country_vars("host", host);
                self.set("deleg", format!("{} delegation", self.get("org")));
                let s = self.say(DELEGATION);
                self.fact("leads", "p", "deleg", "-", &s);
                self.fact("visits", "deleg", "host.city", "iso", &s);
                let mut para = s;
                if self.rng.chance(50) {
                    self.title("p", 2);
                    let r = self.say(ACADEMY_ROLE);
                    self.fact("holds_role", "p", "p.title", "org", &r);
                    self.fact("member_of", "p", "org", "-", &r);
                    para = format!("{para} {r}");
                }
                follow = DELEGATION_FOLLOW;
                (para, "{deleg} arrives in {host.city}")
            }
            Kind::Meets => {
                self.official("p", c);
                self.official("q", host);
                let s = self.say(MEETS);
                self.fact("holds_role", "p", "p.title", "p.country", &s);
                self.fact("holds_role", "q", "q.title", "q.country", &s);
                self.fact("meets", "p", "q", "iso", &s);
                self.fact("visits", "p", "q.city", "iso", &s);
                (s, "{p.dem} and {q.dem} officials hold talks in {q.city}")
            }
            Kind::Signs | Kind::OrgSigns => {
                let topic = self.rng.pick_in(TOPICS);
                self.set("Topic", topic);
                let s = if kind == Kind::Signs {
                    self.country_vars("a", c);
                    self.country_vars("b", host);
                    for k in ["a", "b"] {
                        let name = self.get(&format!("{k}.country"));
                        self.set(k, name);
                    }
                    let treaty = self.say(TREATIES);
                    self.set("treaty", treaty);
                    self.say(SIGNS)
                } else {
                    self.org("a", ACADEMIES);
                    self.org("b", INSTITUTES);
                    for k in ["a", "b"] {
                        let name = format!("the {}", self.get(k));
                        self.set(&format!("{k}.name"), name);
                    }
                    let treaty = self.say(ORG_TREATIES);
                    self.set("treaty", treaty);
                    self.say(ORG_SIGNS)
                };
                self.fact("signs", "a", "treaty", "iso", &s);
                self.fact("signs", "b", "treaty", "iso", &s);
                follow = SIGN_FOLLOW;
                (s, "{a.name} and {b.name} seal {Topic} accord")
            }
            Kind::Sanctioned | Kind::Designates | Kind::PersonSanctioned => {
                let agency = self.rng.pick(&self.g.agencies).clone();
                let bare = agency.starts_with("HM ") || agency == "Global Affairs Canada";
                self.set(
                    "agency.the",
                    if bare {
                        agency.clone()
                    } else {
                        format!("the {agency}")
                    },
                );
                self.set("agency", agency);
                let n = if kind == Kind::Designates {
                    self.rng.range(2, 3)
                } else {
                    1
                };
                let mut targets = Vec::new();
                for i in 0..n {
                    self.org(&format!("t{i}"), COMPANIES);
                    targets.push(self.get(&format!("t{i}")));
                }
                self.set("targets", and_list(&targets));
                let s = match kind {
                    Kind::Sanctioned => self.say(SANCTIONED),
                    Kind::Designates => self.say(DESIGNATES),
                    _ => {
                        self.person("p", None);
                        self.title("p", 3);
                        let s = self.say(PERSON_SANCTIONED);
                        self.fact("sanctioned_by", "p", "agency", "iso", &s);
                        self.fact("holds_role", "p", "p.title", "t0", &s);
                        self.fact("member_of", "p", "t0", "-", &s);
                        s
                    }
                };
                if kind != Kind::PersonSanctioned {
                    for i in 0..n {
                        self.fact("sanctioned_by", &format!("t{i}"), "agency", "iso", &s);
                    }
                }
                follow = SANCTION_FOLLOW;
                (s, "{agency.the} targets {network} network")
            }
        };
        if self.get("s").is_empty() {
            self.set("s", "Officials");
        }
        for _ in 0..self.rng.range(1, 2) {
            para = format!("{para} {}", self.say(follow));
        }
        let headline = self.fill(headline);
        (para, headline)
    }

    /// A fact-free paragraph of `lo..=hi` sentences on one everyday topic, each template used
    /// once per article; empty when the topic is used up.
    fn filler(&mut self, lo: usize, hi: usize) -> String {
        let topic = *self.rng.pick(&FILLER);
        let n = self.rng.range(lo, hi);
        let mut out = Vec::new();
        for _ in 0..3 * n {
            let t = *self.rng.pick(topic);
            if out.len() < n && self.used.insert(t.to_owned()) {
                out.push(self.fill(t));
            }
        }
        out.join(" ")
    }

    /// Writes the whole article: picks a style, plants 3–8 facts, pads with filler to size.
    fn compose(&mut self) -> Article {
        let style = self.rng.range(0, STYLES.len() - 1);
        let (kinds, lead) = STYLES[style];
        let want = self.rng.range(3, 8);
        let mut keys = HashSet::new();
        let mut gold = Vec::new();
        let mut body = Vec::new();
        let mut title = String::new();
        let mut first_short = String::new();
        for attempt in 0..40 {
            if gold.len() >= want {
                break;
            }
            let kind = match lead {
                Some(k) if attempt == 0 => k,
                _ if attempt >= 24 => Kind::CountryRole,
                _ => *self.rng.pick(kinds),
            };
            self.facts.clear();
            let (para, headline) = self.block(kind);
            let new: HashSet<String> = (self.facts.iter())
                .map(|r| format!("{}\t{}\t{}\t{}", r.relation, r.subject, r.object, r.extra))
                .collect();
            if gold.len() + new.len() > 8 || new.len() < self.facts.len() || !keys.is_disjoint(&new)
            {
                continue;
            }
            keys.extend(new);
            gold.append(&mut self.facts);
            if title.is_empty() {
                title = headline;
            }
            if first_short.is_empty() && self.get("s") != "Officials" {
                first_short = self.get("s");
            }
            body.push(para);
        }
        self.vars.clear();
        let published = self.published;
        let long = format!(
            "{} {}, {}",
            month_name(published),
            published.day(),
            published.year()
        );
        let (mut head, mut tail) = (Vec::new(), Vec::new());
        if style != 1 && style != 2 && self.rng.chance(70) {
            self.person("byline", None);
            head.push(self.fill("By {byline}"));
        }
        match style {
            0 => {
                let lead = body.first().cloned().unwrap_or_default();
                let city = (self.g.countries.iter())
                    .map(|k| &k.capital)
                    .find(|c| lead.contains(c.as_str()))
                    .cloned()
                    .unwrap_or_else(|| self.word("city").unwrap_or_default());
                let m = month_name(published);
                let line = format!("{}, {m} {} (Wire) - ", city.to_uppercase(), published.day());
                if let Some(first) = body.first_mut() {
                    first.insert_str(0, &line);
                }
            }
            1 => {
                let dem = (self.g.countries.iter())
                    .find(|k| gold.first().is_some_and(|r| r.extra == k.name))
                    .map_or("foreign", |k| k.demonym.as_str());
                head.push(format!(
                    "The {dem} foreign ministry issued this readout on {long}."
                ));
                tail.push("End of readout.".to_owned());
                title = format!("Readout: {title}");
            }
            2 => {
                head.extend([
                    "PRESS RELEASE".to_owned(),
                    format!("For immediate release: {long}"),
                ]);
                // Companies only: a person listed has a role row too.
                let people: HashSet<&str> = (gold.iter())
                    .filter(|r| r.relation == "holds_role")
                    .map(|r| r.subject.as_str())
                    .collect();
                let companies: Vec<String> = (gold.iter())
                    .filter(|r| {
                        r.relation == "sanctioned_by" && !people.contains(r.subject.as_str())
                    })
                    .map(|r| r.subject.clone())
                    .collect();
                let mut list = vec!["Identifying information:".to_owned()];
                for t in companies {
                    self.set("t", t);
                    list.push(
                        self.fill("{t}: registration number {num}{n}{n}; trades in {goods}."),
                    );
                }
                if list.len() > 1 {
                    body.insert(body.len().min(1), list.join("\n"));
                }
                let phone = self.rng.range(100, 199);
                tail.push(format!(
                    "Media inquiries: press office, +1 202 555 0{phone}"
                ));
            }
            _ => {
                head.push(self.say(CAPTIONS));
                body.insert(0, self.say(LEDES));
                title = format!("Analysis: {title}");
            }
        }
        if self.rng.chance(50) {
            let hedged = if first_short.is_empty() {
                &HEDGED[..3]
            } else {
                HEDGED
            };
            self.set("s", first_short);
            let at = self.rng.range(1, body.len()).min(body.len());
            body.insert(at, self.say(hedged));
        }
        let boilerplate = self.rng.pick_in(BOILERPLATE);
        tail.push(self.fill(boilerplate));
        let target = self.rng.range(3300, 4700);
        for _ in 0..100 {
            let size: usize = head
                .iter()
                .chain(&body)
                .chain(&tail)
                .map(|s| s.len() + 2)
                .sum();
            if size >= target {
                break;
            }
            let mut para = if self.rng.chance(10) {
                self.say(CAPTIONS)
            } else {
                self.filler(2, 4)
            };
            if size + para.len() > 4900 {
                para = self.filler(1, 1);
                if size + para.len() > 4900 {
                    break;
                }
            }
            if para.is_empty() {
                continue;
            }
            let at = self.rng.range(1, body.len()).min(body.len());
            body.insert(at, para);
        }
        let text = [head, body, tail].concat().join("\n\n") + "\n";
        Article {
            id: self.id.clone(),
            title,
            published: published.to_string(),
            text,
            gold,
        }
    }
}

/// The article as one JSON Lines record (keys id, title, url, published, text), newline-ended.
pub fn to_jsonl(article: &Article) -> String {
    let s = |v: &str| serde_json::Value::String(v.to_owned()).to_string();
    let url = format!(
        "https://example.org/gen/{}/{}",
        article.published.replace('-', "/"),
        article.id
    );
    format!(
        "{{\"id\":{},\"title\":{},\"url\":{},\"published\":{},\"text\":{}}}\n",
        s(&article.id),
        s(&article.title),
        s(&url),
        s(&article.published),
        s(&article.text)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const RELATIONS: [&str; 7] = [
        "holds_role",
        "member_of",
        "leads",
        "visits",
        "sanctioned_by",
        "signs",
        "meets",
    ];

    fn rows(a: &Article) -> Vec<String> {
        a.gold.iter().map(|r| format!("{r:?}")).collect()
    }

    #[test]
    fn same_seed_and_index_give_the_same_article() {
        let (a, b) = (Generator::new(7).article(42), Generator::new(7).article(42));
        assert_eq!(
            (&a.id, &a.title, &a.published),
            (&b.id, &b.title, &b.published)
        );
        assert_eq!(a.text, b.text);
        assert_eq!(rows(&a), rows(&b));
    }

    #[test]
    fn different_indices_and_seeds_differ() {
        let g = Generator::new(7);
        assert_ne!(g.article(0).text, g.article(1).text);
        assert_ne!(g.article(0).text, Generator::new(8).article(0).text);
    }

    #[test]
    fn articles_are_sized_and_their_gold_is_sound() {
        let g = Generator::new(1);
        for i in 0..50 {
            let a = g.article(i);
            assert!(
                (3000..=5000).contains(&a.text.len()),
                "{}: {} bytes",
                a.id,
                a.text.len()
            );
            assert!(
                (3..=8).contains(&a.gold.len()),
                "{}: {} facts",
                a.id,
                a.gold.len()
            );
            assert_ne!(a.text.lines().next(), Some(a.title.as_str()));
            assert!(
                !a.text.contains('{') && !a.title.contains('{'),
                "{}",
                a.text
            );
            assert!(("2015-01-01"..="2025-12-31").contains(&a.published.as_str()));
            let mut keys = HashSet::new();
            for r in &a.gold {
                assert!(RELATIONS.contains(&r.relation.as_str()), "{r:?}");
                assert!(a.text.contains(&r.evidence), "{r:?} not in\n{}", a.text);
                assert!(!r.subject.is_empty() && !r.object.is_empty(), "{r:?}");
                assert_eq!(r.article, a.id);
                assert!(
                    keys.insert((&r.relation, &r.subject, &r.object, &r.extra)),
                    "{r:?}"
                );
                if r.relation == "holds_role" {
                    assert_eq!(r.object, r.object.to_lowercase());
                } else if r.relation != "member_of" && r.relation != "leads" {
                    assert!(("2015-01-01"..=a.published.as_str()).contains(&r.extra.as_str()));
                }
            }
        }
    }

    #[test]
    fn pools_are_large_and_free_of_seed_names() {
        let g = Generator::new(0);
        assert!(g.countries.len() > 100 && g.agencies.len() > 20 && g.places.len() > 50);
        assert!(g.titles.iter().all(|t| !t.is_empty()));
        for (i, (given, surnames)) in g.given.iter().zip(&g.surnames).enumerate() {
            assert!(given.len() >= 40 && surnames.len() >= 60, "culture {i}");
        }
    }

    #[test]
    fn jsonl_round_trips() {
        let a = Generator::new(3).article(5);
        let line = to_jsonl(&a);
        assert!(line.ends_with('\n') && line.matches('\n').count() == 1);
        let v: serde_json::Value = serde_json::from_str(&line).expect("valid JSON");
        assert_eq!(v["id"], a.id.as_str());
        assert_eq!(v["text"], a.text.as_str());
        assert!(v["url"].as_str().is_some_and(|u| u.starts_with("https://")));
    }
}
