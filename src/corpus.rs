//! Synthetic news corpus: a deterministic generator of English geopolitical news articles, each
//! with the facts planted in it recorded as gold rows.
//!
//! Why: the hand-annotated seed and demo corpora hold a few dozen articles, too few to measure
//! throughput or to see whether precision and recall hold up over thousands of varied texts.
//! This module makes any number of 3–5 KB articles, the same for the same (seed, index) so
//! benchmarks repeat and can be generated in parallel. Most of each text is deliberately
//! fact-free (markets, weather, sport, captions, boilerplate, hedged claims), so a check at
//! scale also counts false positives. Gold rows follow `/work/shared/corpus/README.md`: names as
//! written, lower-case role titles, dates `YYYY-MM-DD`, evidence the verbatim sentence. People,
//! companies, institutes and agreements are invented; countries, capitals, sanctioning agencies
//! and role titles come from the gazetteer at run time, so the generator never names something
//! the extractor cannot know.

use std::collections::HashSet;

use jiff::civil::Date;

use crate::eval::Row;
use crate::extract::EntityKind;
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
    /// One item; the pools are built non-empty (checked by the tests).
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.range(0, items.len().saturating_sub(1))]
    }
}

/// How a culture orders a person's names.
#[derive(Clone, Copy, PartialEq)]
enum Order {
    FamilyFirst,
    Vietnamese,
    GivenFirst,
    Western,
    Spanish,
    Russian,
}

/// Given names and surnames of one naming culture (space-separated).
struct Culture {
    order: Order,
    given: &'static str,
    surnames: &'static str,
}

const CULTURES: [Culture; 12] = [
    Culture { order: Order::FamilyFirst, // 0 Korean
        given: "Ji-hoon Min-jun Seo-yeon Ha-eun Do-yoon Ji-woo Seung-min Eun-ji Hyun-woo Ye-jin Jae-sung Soo-min Dong-hyun Mi-kyung Sang-woo Yeon-hee Tae-yang Bo-ra Jun-ho Na-rae Chang-min Hye-jin Kyung-soo Sun-hee Young-ho Ja-young Won-jae In-sook Ho-seok Ga-eun Jin-woo Da-eun Sung-ho Myung-hee Byung-chul Eun-soo Kwang-il Seon-mi Hee-chul Ji-ae",
        surnames: "Park Lee Choi Jung Kang Cho Jang Han Seo Shin Kwon Hwang Ahn Song Jeon Hong Yoo Ko Moon Yang Bae Baek Heo Nam Noh Kwak Sung Cha Joo Woo Min Ryu Jin Chae Won Chun Bang Kong Hyun Byun Yeo Seok Gil Pyo Ban Ham Yeom Ki Eom Jeong Tak Maeng Gong Sim Choo Ra Bong Seol Jegal" },
    Culture { order: Order::FamilyFirst, // 1 Chinese
        given: "Wei Fang Jianguo Xiaoming Lihua Haiyan Jun Ming Yan Lei Jing Hong Qiang Tao Ying Bo Chao Hui Xin Yun Zhiwei Jianhua Xiulan Guoqiang Meiling Hongmei Dongmei Wenjie Yifan Zihan Haoran Yuxuan Shuang Xiaoyu Jiahui Chunhua Kaiwen Ruoxi Zhenyu Baohua",
        surnames: "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Guo Gao Lin Luo Zheng Liang Xie Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Cai Jiang Du Cheng Wei Su Lu Ding Ren Shen Yao Cui Zhong Tan Fan Shi Qian Meng Qin Bai Fu Lei Hou Long Duan Hao Kong Shao Mao" },
    Culture { order: Order::Vietnamese, // 2 Vietnamese
        given: "Mai Lan Hoa Huong Hung Dung Tuan Long Nam Hai Phuong Linh Trang Khoa Quang Tam Thao Hieu Vinh Cuong Hanh Loan Binh Duy Tien Trung Thuy Nga Yen Khanh Phuc Nhung Dat Hien Luan Tai Thang Chau Diep Kien",
        surnames: "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Ho Ngo Duong Ly Dinh Trinh Truong Lam Cao Luong Quach Kieu Doan Luu Thai Trieu Vuong Mac Tang Chu Giang Khuc Lai Nghiem Ong Phung Quan Ton Ta" },
    Culture { order: Order::GivenFirst, // 3 Japanese
        given: "Haruto Yui Sota Aoi Ren Hina Yuto Mio Daiki Sakura Takumi Riko Kenta Ayaka Shota Nanami Ryota Misaki Kaito Yuna Hiroshi Emi Takeshi Naoko Masato Keiko Yusuke Chihiro Kazuki Asuka Tomoya Shinji Haruka Kohei Rina Tetsuya Eri Yoshiro Noriko Atsushi",
        surnames: "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Ikeda Hashimoto Ishikawa Ogawa Goto Okada Hasegawa Murakami Kondo Ishii Fujita Endo Aoki Sakamoto Fukuda Ota Nishimura Fujii Miura Okamoto Matsuda Nakagawa Harada Ono Takeuchi Kaneko Wada Nakano Ueda Morita Kojima Sugiyama Noguchi Arai Kubo Takagi Hirano Kudo Iwasaki" },
    Culture { order: Order::Russian, // 4 Russian
        given: "Andrei Alexei Mikhail Nikolai Pavel Igor Yuri Oleg Konstantin Boris Gennady Viktor Roman Maxim Artyom Kirill Denis Anton Stanislav Vadim Grigory Leonid Yevgeny Fyodor Gleb Ruslan Anna Elena Natalia Irina Tatiana Svetlana Marina Darya Ksenia Yulia Polina Vera Galina Larisa Alina Nadezhda",
        surnames: "Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov Alekseev Lebedev Semenov Egorov Pavlov Kozlov Stepanov Nikolaev Orlov Andreev Makarov Zakharov Zaitsev Solovyov Borisov Yakovlev Grigoriev Vorobyov Sergeev Frolov Belov Tarasov Belyaev Komarov Kiselev Ilyin Gusev Titov Kuzmin Baranov Kulikov Karpov Vlasov Maslov Isakov Tikhonov Gavrilov Rodionov Kotov Gorbunov Bykov Zuev Panov Rybakov Abramov Voronin Mukhin Trofimov Martynov Chernov Nazarov Lobanov Potapov Zhdanov Naumov Danilov Polyakov Sobolev Ozerov Nesterov Vishnevsky Zhuravsky Dobrovolsky" },
    Culture { order: Order::GivenFirst, // 5 Arabic
        given: "Khalid Omar Yousef Tariq Hassan Faisal Karim Samir Nabil Walid Ziad Rami Bilal Adel Majid Hamza Jamal Nasser Saeed Fatima Layla Amira Noor Huda Rania Salma Yasmin Dalia Mariam Lina Reem Hana Samira Zainab Aisha Nadia Farida Suha Rasha Mounir",
        surnames: "al-Mansouri al-Hashimi al-Tamimi al-Harbi al-Qahtani al-Otaibi al-Shammari al-Dosari al-Zahrani al-Ghamdi al-Amiri al-Kuwari al-Nuaimi al-Suwaidi al-Masri al-Khatib al-Jaber al-Hakim al-Obeidi al-Rawi al-Jubouri al-Saadi al-Azzawi al-Dulaimi al-Bakri al-Najjar al-Husseini al-Shami al-Halabi al-Rashid al-Farsi al-Mutairi al-Anazi al-Balushi al-Hinai al-Busaidi al-Kaabi al-Marri al-Sulaiti al-Zaabi Haddad Khoury Saleh Farouk Hamdan Barakat Qasim Darwish Shalabi Rahman Ibrahim Suleiman Habib Yassin Nassif Taha Sabbagh Awad Mikati Jaafar Issa" },
    Culture { order: Order::GivenFirst, // 6 Persian
        given: "Reza Mehdi Hossein Amir Kaveh Babak Farhad Arash Behnam Navid Omid Hamid Pouya Siavash Kourosh Bahram Shirin Maryam Parisa Nasrin Leila Azadeh Golnaz Mahsa Roya Niloufar Shabnam Elham Fereshteh Soraya Ladan Mina Neda Zohreh Bita Sepideh Ramin Payam Afshin Shahin",
        surnames: "Ahmadi Hosseini Mohammadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Ghorbani Sadeghi Alavi Heydari Mousavi Tehrani Shirazi Esfahani Tabrizi Kazemi Najafi Farahani Ebrahimi Amini Safavi Rostami Bagheri Zand Golzar Nikpour Rahmani Soltani Asadi Mirzaei Salehi Yazdani Shahbazi Vahidi Nouri Daneshvar Khorasani Firouzi Jalali Parsa Sharifi Akbari Mahmoudi Hamedani Zarei Bahrami Naderi Sohrabi Abbasi Rafiei Ghasemi Kiani Ansari Fallahi Shokri Sabet Vaziri Farzaneh" },
    Culture { order: Order::Spanish, // 7 Spanish
        given: "Alejandro Carlos Javier Miguel Diego Andrés Luis Pablo Fernando Jorge Ricardo Sergio Raúl Eduardo Gabriel Mateo Rodrigo Tomás Emilio Joaquín María Lucía Carmen Isabel Sofía Valentina Camila Paula Elena Ana Gabriela Daniela Mariana Verónica Natalia Claudia Patricia Julia Inés Rocío",
        surnames: "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Jiménez Ruiz Hernández Díaz Moreno Álvarez Muñoz Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Iglesias Medina Garrido Cortés Castillo Lozano Guerrero Cano Prieto Méndez Calvo Gallego Vidal Herrera Márquez Peña Flores Cabrera Campos Fuentes Carrasco Caballero Reyes Nieto Aguilar Pascual Herrero Hidalgo Montero Ibáñez Ferrer Durán Benítez Vargas Arias Crespo Pastor Soto Velasco Bravo Gallardo Rojas" },
    Culture { order: Order::Western, // 8 Western
        given: "James John Robert Michael William Richard Thomas Charles Christopher Daniel Mark Paul Steven Andrew Kenneth Kevin Brian George Edward Timothy Jason Ryan Nicholas Eric Jonathan Stephen Scott Samuel Patrick Peter Henry Mary Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Margaret Emily Michelle Rebecca Laura Helen Hannah Claire Fiona Ingrid Astrid Lars Henrik Pieter Margot Luc Giulia Marco Katarzyna Tomasz",
        surnames: "Smith Johnson Williams Brown Jones Davis Wilson Anderson Taylor Moore Jackson Thompson Harris Clark Lewis Robinson Walker Allen Wright Baker Adams Nelson Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy Rogers Morgan Cooper Peterson Reed Bailey Howard Richardson Watson Hughes Sanders Foster Powell Sullivan Russell Fisher Hayes Myers Hamilton Graham Wallace Owens Reynolds Ellis Harrison Gibson Kennedy Dixon Lloyd Fletcher Hartley Whitfield Ashworth Pemberton Caldwell Sinclair Donnelly Gallagher Brennan Lindqvist Schneider Fischer Weber Becker Hoffmann Schulz Richter Dubois Lefebvre Moreau Laurent Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Jansen Bakker Visser Nielsen Hansen Larsen Andersen Kowalski Nowak Novak Horvat" },
    Culture { order: Order::GivenFirst, // 9 African
        given: "Kwame Kofi Ama Abena Yaw Akosua Chinedu Ngozi Oluwaseun Folake Chukwuemeka Amara Tunde Funmilayo Emeka Ifeoma Babajide Yetunde Obinna Wanjiru Kamau Njeri Otieno Achieng Tendai Farai Rutendo Tatenda Sipho Thandiwe Lindiwe Bongani Nomvula Thabo Zanele Mandla Lerato Kagiso Ayodele Nnamdi Tsehay Abebe Selam Dawit Mekdes Aminata Moussa Ibrahima Fatoumata Seydou",
        surnames: "Mensah Owusu Boateng Asante Osei Agyeman Adeyemi Okonkwo Nwosu Eze Balogun Ogunleye Afolabi Okoro Chukwu Onyango Odhiambo Mwangi Kariuki Njoroge Wambui Ochieng Kiprop Cheruiyot Moyo Ncube Dube Sibanda Mpofu Nkosi Dlamini Khumalo Mokoena Ndlovu Mahlangu Banda Phiri Mwale Tembo Diallo Traoré Keita Coulibaly Touré Camara Ndiaye Diop Gueye Kebede Tesfaye Gebremedhin Alemu Bekele Girma Tadesse Mengistu Oyelaran Adewale Amadi Acheampong Oduya" },
    Culture { order: Order::GivenFirst, // 10 Indian
        given: "Arjun Rohan Vikram Rahul Amit Sanjay Rajesh Anil Suresh Vivek Karan Nikhil Aditya Manish Deepak Ravi Siddharth Harish Mohan Pradeep Priya Ananya Kavita Sunita Neha Pooja Anjali Deepika Meera Lakshmi Sneha Divya Shreya Nisha Asha Rekha Swati Aarti Radhika Shalini",
        surnames: "Sharma Verma Gupta Singh Kumar Patel Shah Mehta Joshi Reddy Rao Nair Menon Iyer Pillai Chopra Kapoor Malhotra Bhatia Saxena Agarwal Bansal Chatterjee Banerjee Mukherjee Bose Ghosh Dutta Mishra Pandey Tiwari Dubey Tripathi Srivastava Yadav Chauhan Rathore Thakur Desai Kulkarni Deshpande Patil Jadhav Naidu Krishnan Subramanian Venkatesan Sandhu Dhillon Grewal Sethi Khanna Arora Bhatt Trivedi Pathak Bhattacharya Ganguly Hegde Shetty" },
    Culture { order: Order::GivenFirst, // 11 Turkish
        given: "Mustafa Ahmet Emre Burak Murat Cem Kerem Serkan Hakan Onur Barış Oğuz Tolga Volkan Selim Orhan Kemal Yusuf Ayşe Fatma Elif Zeynep Merve Esra Ece Selin Gül Özlem Derya Aylin Burcu Cansu Ebru Nihan Seda Tuba Pınar Koray Alper Levent",
        surnames: "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Koç Kurt Özkan Şimşek Polat Korkmaz Karaca Erdem Güneş Aksoy Tekin Ünal Bulut Keskin Turan Güler Avcı Tunç Duman Akın Bozkurt Karakaya Yavuz Uçar Ateş Sezer Toprak Gök Kaplan Ekinci Sönmez Altun Bilgin Coşkun Durmaz Eren Işık Kocabaş Oral Sarıgül Taşkın Uysal Yalçın Zengin" },
];

const VN_MIDDLE: &[&str] = &["Van", "Thi", "Duc", "Minh", "Quoc", "Thanh", "Ngoc", "Huu", "Xuan"];

/// Which culture names a country's officials; countries not listed get a random one.
const CULTURE_OF: [(usize, &str); 11] = [
    (0, "South Korea|North Korea"),
    (1, "China|Taiwan|Singapore"),
    (2, "Vietnam"),
    (3, "Japan"),
    (4, "Russia|Belarus|Ukraine|Kazakhstan|Kyrgyzstan|Moldova|Armenia|Georgia|Mongolia"),
    (5, "Saudi Arabia|Egypt|Iraq|Syria|Jordan|Lebanon|Kuwait|Qatar|Bahrain|Oman|Yemen|Libya|Tunisia|Algeria|Morocco|Sudan|United Arab Emirates|Mauritania"),
    (6, "Iran|Afghanistan|Tajikistan"),
    (7, "Spain|Mexico|Argentina|Chile|Colombia|Peru|Venezuela|Ecuador|Bolivia|Paraguay|Uruguay|Cuba|Guatemala|Honduras|Nicaragua|El Salvador|Costa Rica|Panama|Dominican Republic"),
    (8, "United States|United Kingdom|Canada|Australia|Ireland|France|Germany|Italy|Netherlands|Belgium|Norway|Sweden|Denmark|Finland|Poland|Austria|Switzerland|Croatia|Slovenia|Czech Republic"),
    (9, "Nigeria|Ghana|Kenya|Ethiopia|Tanzania|Uganda|Rwanda|Zambia|Zimbabwe|Malawi|Mozambique|South Africa|Botswana|Namibia|Senegal|Mali|Ivory Coast|Cameroon|Niger|Guinea|Sierra Leone|Liberia|Togo|Benin|Gabon|Angola"),
    (10, "India|Nepal|Bangladesh|Sri Lanka"),
];

/// Countries a news writer puts "the" before.
const THE_COUNTRIES: &[&str] = &[
    "United States", "United Kingdom", "United Arab Emirates", "Netherlands", "Philippines",
    "Bahamas", "Gambia", "Maldives", "Comoros", "Seychelles", "Czech Republic", "Dominican Republic",
];
/// Countries whose demonym reads oddly before a title, or that are not states' own governments.
const SKIP_COUNTRIES: &[&str] = &[
    "Holy See", "Western Sahara", "Lesotho", "Kiribati", "Vanuatu", "New Zealand", "Palestine",
    "Solomon Islands", "Marshall Islands", "Central African Republic",
];

const COUNTRY_TITLES: &[&str] = &[
    "foreign minister", "defense minister", "trade minister", "finance minister",
    "interior minister", "energy minister", "culture minister", "economy minister",
    "health minister", "education minister", "agriculture minister", "transport minister",
    "industry minister", "justice minister", "fisheries minister", "prime minister",
    "vice president", "national security adviser", "special envoy", "chief negotiator",
    "foreign trade minister", "science minister",
];
const THINK_TANK_TITLES: &[&str] = &[
    "senior fellow", "research fellow", "analyst", "director", "economist", "visiting scholar",
    "senior research fellow", "professor",
];
const ACADEMY_TITLES: &[&str] = &["rector", "commandant", "president", "director", "dean"];
const COMPANY_TITLES: &[&str] =
    &["managing director", "chief executive", "chairman", "general manager", "founder"];

const MONTHS: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];
const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const WORDS: &str = "Golden Silver Northern Eastern Crescent Ocean Blue Jade Falcon Phoenix Amber Polar Meridian Horizon Summit Coral Iron Emerald Sapphire Orient Grand Lotus Eagle Unity Harmony Pioneer Evergreen Sunrise Silk Aurora Atlas Titan Vertex Crown Cedar Harbor Anchor Zenith";
const FIELDS: &[&str] = &[
    "Strategic Studies", "Maritime Policy", "Energy Security", "Eurasian Studies", "Trade Policy",
    "Defense Analysis", "Peace Research", "International Affairs", "Security Studies",
    "Economic Research", "Arctic Research", "Nuclear Policy", "Global Governance",
];
const INSTITUTES: &[&str] = &[
    "{place} Institute for {field}", "{place} {field} Institute", "{place} Center for {field}",
    "{sur} Institute of {field}",
];
const ACADEMIES: &[&str] = &[
    "{place} Naval Academy", "{place} Military Academy", "{place} Maritime University",
    "{place} Border Guard Academy", "{place} Aviation Institute", "{place} Coast Guard Academy",
    "{place} Police Academy", "{place} Institute of Engineering",
];
const COMPANIES: &[&str] = &[
    "{w1} {w2} Shipping", "{place} {w1} Trading Company", "{sur} Trading Company",
    "{w1} Star Logistics", "{place} Precision Machinery Company", "{w1} {w2} Industries",
    "{place} Ocean Fisheries Company", "{w1} Horizon Holdings", "{sur} Electronics",
];
const TOPICS: &[&str] = &[
    "Maritime Security", "Digital Trade", "Fisheries", "Customs Cooperation", "Civil Aviation",
    "Energy Transit", "Scientific Cooperation", "Visa Facilitation", "Cultural Exchange",
    "Nuclear Safety", "Rail Transport", "Port Development", "Agricultural Trade", "Cyber Defense",
];
const TREATIES: &[&str] = &[
    "{a}-{b} {topic} Agreement", "Agreement on {topic}", "{topic} Cooperation Agreement",
    "Memorandum of Understanding on {topic}", "{city} Accord on {topic}",
    "{topic} Partnership Agreement",
];
const ORG_TREATIES: &[&str] =
    &["Memorandum on {topic}", "Agreement on Academic Exchange", "{topic} Training Protocol"];

const COUNTRY_ROLE: &[&str] = &[
    "{dem} {Title} {p} said {clause}.",
    "{dem} {Title} {p} told reporters that {clause}.",
    "{p}, {country}'s {title}, said {clause}.",
    "\"{quote},\" {dem} {Title} {p} said in a statement.",
];
const THINK_TANK_ROLE: &[&str] = &[
    "{p}, {a} {title} at the {org}, said {clause}.",
    "\"{quote},\" said {p}, {a} {title} at the {org}.",
    "According to {p}, {a} {title} at the {org}, {clause}.",
    "{p}, who is {a} {title} at the {org}, said {clause}.",
];
const DELEGATION: &[&str] = &[
    "A delegation from the {org} led by {p} arrived in {city} on {date}.",
    "A delegation from the {org}, led by {p}, arrived in {city} on {date} for a {n}-day visit.",
    "The {org} delegation, led by {p}, arrived in {city} on {date}.",
    "On {date}, a delegation from the {org} led by {p} arrived in {city}.",
];
const ACADEMY_ROLE: &[&str] = &[
    "{p} is the {title} of the {org}.",
    "{p} has been the {title} of the {org} since {year}.",
];
const SOLO_VISIT: &[&str] = &[
    "{dem} {Title} {p} arrived in {city} on {date} for talks on {topic}.",
    "{dem} {Title} {p} visited {city} on {date}.",
    "{dem} {Title} {p} traveled to {city} on {date}, the first such trip in {n} years.",
];
const MEETS: &[&str] = &[
    "{dem} {Title} {p} met with {dem2} {Title2} {q} in {city} on {date}.",
    "{dem} {Title} {p} met {dem2} {Title2} {q} in {city} on {date} to discuss {topic}.",
    "On {date}, {dem} {Title} {p} met with {dem2} {Title2} {q} in {city}.",
];
const SIGNS: &[&str] = &[
    "{a} and {b} signed the {treaty} on {date}.",
    "On {date}, {a} and {b} signed the {treaty} in {city}.",
    "{a} and {b} signed the {treaty} on {date}, capping {n} rounds of negotiations.",
];
const ORG_SIGNS: &[&str] = &["The {org} and the {org2} signed the {treaty} on {date}."];
const SANCTIONED: &[&str] = &[
    "{target} was sanctioned by {agency} on {date}.",
    "{target}, {desc}, was sanctioned by {agency} on {date} for {reason}.",
    "On {date}, {target} was designated by {agency} for {reason}.",
];
const DESIGNATES: &[&str] = &[
    "{agency} designated {targets} on {date} for {reason}.",
    "On {date}, {agency} sanctioned {targets} for {reason}.",
    "{agency} imposed sanctions on {targets} on {date}.",
];
const PERSON_SANCTIONED: &[&str] = &[
    "{p}, the {title} of {target}, was sanctioned by {agency} on {date}.",
    "{agency} designated {p}, the {title} of {target}, on {date} for {reason}.",
];
const CAPTION_ROLE: &str = "{dem} {Title} {p} speaks at a news conference in {city}.";

const CLAUSES: &[&str] = &[
    "the talks had been frank and useful", "both sides wanted closer cooperation on {topic}",
    "the government would publish a detailed plan within weeks", "there was no change in policy",
    "regional stability depended on steady communication", "trade flows had recovered",
    "the proposal deserved careful study", "the two economies were increasingly intertwined",
    "the region faced a difficult year", "progress on {topic} would take time",
    "the country remained open to dialogue on {topic}", "the figures were encouraging",
];
const QUOTES: &[&str] = &[
    "We are building trust step by step", "This is a long process and we are patient",
    "Our door remains open", "Nobody benefits from escalation", "The numbers speak for themselves",
    "There is real momentum now", "We should not overstate what has been achieved",
    "The next six months will be decisive", "Both sides have strong reasons to keep talking",
];
const FOLLOW: &[&str] = &[
    "{s} did not take questions.", "{s} declined to elaborate.",
    "{s} added that the discussions covered {topic} and {topic2}.",
    "The remarks were carried by state media.", "Officials described the atmosphere as {mood}.",
    "No joint statement was issued afterwards.", "{s} said work on {topic} would continue.",
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
    "Negotiators began work on the text in {year}.", "Officials said the deal covers {topic}.",
];
const HEDGED: &[&str] = &[
    "{s} may travel to {city} later this year, according to two people familiar with the plans.",
    "The two governments are expected to sign a separate accord on {topic} next year.",
    "Analysts said further sanctions on shipping firms could follow.",
    "A follow-up meeting is reportedly being considered for {month}.",
];
const REASONS: &[&str] = &[
    "supplying {goods} to military buyers", "helping ship operators evade export controls",
    "procuring dual-use electronics", "running a ship-to-ship oil transfer network",
    "laundering the proceeds of arms sales", "providing financial services to blocked banks",
];
const DESCS: &[&str] =
    &["a {city}-based shipping firm", "a trading company registered in {city}", "a parts supplier"];

const ECONOMY: &[&str] = &[
    "Exports from {country} {rose} {pct} percent in the latest quarter, helped by demand for {goods}.",
    "Economists had expected growth of about {pct} percent, but weaker {sector} output weighed on the figures.",
    "Consumer prices in {country} were {pct} percent higher than a year earlier, the statistics office said.",
    "Retail sales in {city} {fell} for a {ordinal} straight month as households cut back on {goods}.",
    "The central bank left its benchmark rate unchanged at {pct} percent and signalled a cautious approach.",
    "Manufacturing activity {rose} in {month}, with new orders for {goods} at their highest level since {year}.",
    "Small firms in the {sector} sector say higher borrowing costs have delayed hiring plans.",
];
const MARKETS: &[&str] = &[
    "Shares in {sector} companies {rose} {pct} percent on {day}, while the broader index {fell} {pct2} percent.",
    "The local currency {fell} against the dollar as traders weighed the outlook for interest rates.",
    "Brent crude {rose} to ${num} a barrel in {day} trading.",
    "Government bond yields {rose} after stronger-than-expected {data} data.",
    "Gold {fell} {pct} percent as investors moved back into equities.",
    "Trading volumes were thin ahead of a public holiday in {city}.",
];
const WEATHER: &[&str] = &[
    "Forecasters expect {weather} across {city} through the weekend, with temperatures near {temp} degrees Celsius.",
    "Heavy rain disrupted rail services around {city} on {day}, and several flights were delayed.",
    "Authorities in {city} urged residents to stay indoors during the afternoon heat.",
    "A cold front will bring {weather} to the north of {country} later in the week, the weather service said.",
    "Air quality in {city} was rated poor for a {ordinal} day.",
];
const SPORT: &[&str] = &[
    "{team} beat {team2} {score} on {day} to move into second place in the league.",
    "The national football team of {country} will play two friendlies in {month}.",
    "Organisers said more than {num},000 runners had registered for the {city} marathon.",
    "Tickets for the cup final sold out within {n} hours.",
    "The {city} derby ended {score} after a late penalty.",
];
const LOCAL: &[&str] = &[
    "A new exhibition of {art} opened at a gallery in {city}, drawing long queues.",
    "Tourist arrivals in {country} reached {num},000 in {month}, the highest since {year}.",
    "Road works on the main ring road in {city} will continue until the end of {month}.",
    "The city council in {city} approved a plan to add {num} electric buses to its fleet.",
    "A software update rolled out to phones in {country} caused brief outages on {day}.",
];
const LEDES: &[&str] = &[
    "On a grey morning in {city}, the mood among traders and officials was cautious.",
    "The harbour in {city} was quieter than usual this week.",
    "For years, the relationship has moved in small, careful steps.",
];
const SCENES: &[&str] = &[
    "Cargo containers are stacked at a port", "Commuters wait for a train",
    "A worker inspects solar panels at a plant", "Fans celebrate after a match",
    "Pedestrians walk past a screen showing stock prices", "Fishing boats are moored in a harbour",
    "A woman shops at a street market", "Traffic moves along a flooded road",
];
const BOILERPLATE: &[&str] = &[
    "Log in to comment", "Share this article", "Advertisement", "Sign up for our daily newsletter",
    "Related coverage", "Copyright {year} Wire. All rights reserved.",
];
const PHOTO_AGENCIES: &[&str] = &["AFP", "Reuters", "AP", "EPA", "Yonhap", "Getty Images"];

/// A country as the generator uses it.
struct Country {
    name: String,
    demonym: String,
    capital: String,
    the: bool,
    culture: Option<usize>,
}

impl Country {
    /// The name as it reads mid-sentence ("the Philippines").
    fn mention(&self) -> String {
        if self.the { format!("the {}", self.name) } else { self.name.clone() }
    }
}

/// Deterministic generator: the same (seed, index) always gives the same article.
pub struct Generator {
    seed: u64,
    countries: Vec<Country>,
    /// Sanctioning agencies (canonical names) from the gazetteer.
    agencies: Vec<String>,
    /// One-word places for invented institutions, with their country's index.
    places: Vec<(String, usize)>,
    country_titles: Vec<&'static str>,
    think_tank_titles: Vec<&'static str>,
    academy_titles: Vec<&'static str>,
    company_titles: Vec<&'static str>,
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
        let countries: Vec<Country> = names
            .into_iter()
            .filter(|n| !n.contains(" and ") && !SKIP_COUNTRIES.contains(&n.as_str()))
            .filter_map(|n| {
                Some(Country {
                    name: n.clone(),
                    demonym: g.demonyms.get(n)?.clone(),
                    capital: g.capitals.get(n)?.clone(),
                    the: THE_COUNTRIES.contains(&n.as_str()),
                    culture: CULTURE_OF
                        .iter()
                        .find(|(_, list)| list.split('|').any(|c| c == n.as_str()))
                        .map(|(c, _)| *c),
                })
            })
            .collect();
        let mut seen = HashSet::new();
        let agencies = (g.known.iter())
            .filter(|k| k.kind == EntityKind::Agency && k.sanctions)
            .filter(|k| seen.insert(k.canonical.clone()))
            .map(|k| k.canonical.clone())
            .collect();
        let places = (g.known.iter())
            .filter(|k| k.kind == EntityKind::Place && k.canonical.chars().all(char::is_alphabetic))
            .filter_map(|k| {
                let c = k.country.as_deref()?;
                let i = countries.iter().position(|x| x.name == c)?;
                seen.insert(format!("place:{}", k.canonical)).then(|| (k.canonical.clone(), i))
            })
            .collect();
        let known_role = |t: &&str| g.roles.iter().any(|r| r == t);
        let titles = |list: &[&'static str]| list.iter().copied().filter(known_role).collect();
        let clean = |w: &&str| {
            g.lookup(w).is_none() && !g.roles.iter().any(|r| r.eq_ignore_ascii_case(w))
        };
        let pool = |s: &'static str| s.split_whitespace().filter(clean).collect::<Vec<_>>();
        Self {
            seed,
            countries,
            agencies,
            places,
            country_titles: titles(COUNTRY_TITLES),
            think_tank_titles: titles(THINK_TANK_TITLES),
            academy_titles: titles(ACADEMY_TITLES),
            company_titles: titles(COMPANY_TITLES),
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
        let mut d = Draft {
            g: self,
            rng,
            id: format!("gen-{index:06}"),
            pub_day,
            published: day(pub_day),
            used: HashSet::new(),
            shorts: Vec::new(),
            keys: HashSet::new(),
            gold: Vec::new(),
        };
        d.compose()
    }
}

/// Days from 2015-01-01 to 2025-12-31: every date lies in 2015–2025.
const LAST_DAY: usize = 4017;
const FIRST: Date = jiff::civil::date(2015, 1, 1);

fn day(n: i64) -> Date {
    FIRST.checked_add(jiff::Span::new().days(n)).unwrap_or(FIRST)
}

fn long_date(d: Date) -> String {
    let month = MONTHS[usize::from(d.month().unsigned_abs()).clamp(1, 12) - 1];
    format!("{month} {}, {}", d.day(), d.year())
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
            out.push_str(&rest[open..]);
            return out;
        };
        let key = &after[..close];
        match value(key) {
            Some(v) => out.push_str(&v),
            None => out.push_str(&rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// Fills placeholders from fixed pairs and starts the result with a capital letter.
fn fill(template: &str, pairs: &[(&str, &str)]) -> String {
    let s = fill_with(template, &mut |k| {
        pairs.iter().find(|(key, _)| *key == k).map(|(_, v)| (*v).to_owned())
    });
    cap_first(&s)
}

fn cap_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// "trade minister" -> "Trade Minister", as a title reads before a name.
fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| if matches!(w, "of" | "the" | "and") { w.to_owned() } else { cap_first(w) })
        .collect::<Vec<_>>()
        .join(" ")
}

fn a_an(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" }
}

/// "A", "A and B", "A, B and C".
fn and_list(items: &[String]) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => items.join(""),
    }
}

/// A sanctioning body as it reads mid-sentence ("the European Union", "HM Treasury").
fn agency_mention(name: &str) -> String {
    if name.starts_with("HM ") || matches!(name, "Global Affairs Canada" | "Downing Street") {
        name.to_owned()
    } else {
        format!("the {name}")
    }
}

struct Person {
    full: String,
    short: String,
}

struct Fact {
    relation: &'static str,
    subject: String,
    object: String,
    extra: String,
    evidence: String,
}

/// A paragraph holding one or two fact sentences, and the facts they state.
struct Block {
    para: String,
    facts: Vec<Fact>,
    headline: String,
    place: String,
}

#[derive(Clone, Copy)]
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

const WIRE_KINDS: &[Kind] = &[
    Kind::CountryRole, Kind::ThinkTank, Kind::Delegation, Kind::SoloVisit, Kind::Meets,
    Kind::Signs, Kind::OrgSigns, Kind::Sanctioned, Kind::Designates, Kind::CaptionRole,
];
const READOUT_KINDS: &[Kind] = &[Kind::Meets, Kind::CountryRole, Kind::Signs, Kind::SoloVisit];
const RELEASE_KINDS: &[Kind] =
    &[Kind::Sanctioned, Kind::Designates, Kind::PersonSanctioned, Kind::CountryRole];
const FEATURE_KINDS: &[Kind] = &[
    Kind::ThinkTank, Kind::ThinkTank, Kind::CountryRole, Kind::Delegation, Kind::Signs,
    Kind::Sanctioned, Kind::CaptionRole,
];

/// The state of one article while it is written.
struct Draft<'g> {
    g: &'g Generator,
    rng: Rng,
    id: String,
    pub_day: i64,
    published: Date,
    /// Names, short names and organisations already used, so each is one entity.
    used: HashSet<String>,
    /// Short names of the people in the facts, in order of appearance.
    shorts: Vec<String>,
    keys: HashSet<String>,
    gold: Vec<Row>,
}

impl Draft<'_> {
    fn country(&mut self) -> usize {
        self.rng.range(0, self.g.countries.len().saturating_sub(1))
    }
    fn other_country(&mut self, not: usize) -> usize {
        let c = self.country();
        if c == not { (c + 1) % self.g.countries.len().max(1) } else { c }
    }
    /// A fresh person named in the culture of country `c` (or of a random culture).
    fn person(&mut self, c: Option<usize>) -> Person {
        let culture = c
            .and_then(|c| self.g.countries[c].culture)
            .unwrap_or_else(|| self.rng.range(0, CULTURES.len() - 1));
        let mut p = self.make_person(culture);
        for _ in 0..20 {
            if !self.used.contains(&p.full) && !self.used.contains(&p.short) {
                break;
            }
            p = self.make_person(culture);
        }
        self.used.insert(p.full.clone());
        self.used.insert(p.short.clone());
        p
    }
    fn make_person(&mut self, culture: usize) -> Person {
        let given = *self.rng.pick(&self.g.given[culture]);
        let sur = *self.rng.pick(&self.g.surnames[culture]);
        let (full, short) = match CULTURES[culture].order {
            Order::FamilyFirst => (format!("{sur} {given}"), sur.to_owned()),
            Order::Vietnamese => {
                let mid = *self.rng.pick(VN_MIDDLE);
                (format!("{sur} {mid} {given}"), given.to_owned())
            }
            Order::GivenFirst => (format!("{given} {sur}"), sur.to_owned()),
            Order::Western if self.rng.chance(45) => {
                let initial = char::from(b"ABCDEFGHJKLMNPRSTW"[self.rng.range(0, 17)]);
                (format!("{given} {initial}. {sur}"), sur.to_owned())
            }
            Order::Western => (format!("{given} {sur}"), sur.to_owned()),
            Order::Spanish => {
                let second = *self.rng.pick(&self.g.surnames[culture]);
                match self.rng.range(0, 9) {
                    _ if second == sur => (format!("{given} {sur}"), sur.to_owned()),
                    0..=5 => (format!("{given} {sur} {second}"), sur.to_owned()),
                    6 | 7 => (format!("{given} {sur}-{second}"), format!("{sur}-{second}")),
                    _ => (format!("{given} {sur}"), sur.to_owned()),
                }
            }
            Order::Russian => {
                let sur = if given.ends_with('a') { feminine(sur) } else { sur.to_owned() };
                (format!("{given} {sur}"), sur)
            }
        };
        Person { full, short }
    }
    /// A fresh invented organisation from `templates`, with the country it belongs to.
    fn org(&mut self, templates: &[&str]) -> (String, usize) {
        loop {
            let (place, c) = self.rng.pick(&self.g.places).clone();
            let culture = self.rng.range(0, CULTURES.len() - 1);
            let sur = *self.rng.pick(&self.g.surnames[culture]);
            let w1 = *self.rng.pick(&self.g.words);
            let w2 = *self.rng.pick(&self.g.words);
            let field = *self.rng.pick(FIELDS);
            let t = *self.rng.pick(templates);
            let pairs = [("place", &*place), ("sur", sur), ("w1", w1), ("w2", w2), ("field", field)];
            let name = fill(t, &pairs);
            if w1 != w2 && self.used.insert(name.clone()) {
                return (name, c);
            }
        }
    }
    fn event_date(&mut self) -> Date {
        let back = self.rng.range(0, 40) as i64;
        day(self.pub_day - back)
    }
    /// A country title not yet held by anyone in this article in country `c`.
    fn country_title(&mut self, c: usize) -> &'static str {
        let mut t = *self.rng.pick(&self.g.country_titles);
        for _ in 0..10 {
            if self.used.insert(format!("{c}:{t}")) {
                break;
            }
            t = *self.rng.pick(&self.g.country_titles);
        }
        t
    }
    /// Fills a random-word placeholder of the filler and follow-up templates.
    fn word(&mut self, key: &str) -> Option<String> {
        let r = &mut self.rng;
        let pick = |r: &mut Rng, s: &[&str]| (*r.pick(s)).to_owned();
        Some(match key {
            "city" => {
                let c = r.range(0, self.g.countries.len().saturating_sub(1));
                self.g.countries[c].capital.clone()
            }
            "country" => {
                let c = r.range(0, self.g.countries.len().saturating_sub(1));
                self.g.countries[c].mention()
            }
            "pct" | "pct2" => format!("{}.{}", r.range(0, 6), r.range(1, 9)),
            "rose" => pick(r, &["rose", "climbed", "edged up", "gained", "advanced", "jumped"]),
            "fell" => pick(r, &["fell", "slipped", "eased", "dropped", "declined", "slid"]),
            "goods" => pick(r, &["machinery", "semiconductors", "steel", "textiles", "fuel",
                "fertiliser", "auto parts", "grain", "lithium batteries", "drone components"]),
            "sector" => pick(r, &["construction", "technology", "banking", "retail", "shipping"]),
            "ordinal" => pick(r, &["second", "third", "fourth", "fifth"]),
            "day" => pick(r, WEEKDAYS),
            "month" => pick(r, &MONTHS),
            "year" => (self.published.year() - r.range(1, 8) as i16).to_string(),
            "num" => r.range(12, 95).to_string(),
            "n" => r.range(3, 9).to_string(),
            "temp" => (r.range(0, 46) as i64 - 8).to_string(),
            "weather" => pick(r, &["showers", "strong winds", "light snow", "clear skies", "fog"]),
            "data" => pick(r, &["jobs", "inflation", "factory", "housing"]),
            "team" | "team2" => {
                let c = r.range(0, self.g.countries.len().saturating_sub(1));
                let suffix = pick(r, &["United", "FC", "City", "Athletic"]);
                format!("{} {suffix}", self.g.countries[c].capital)
            }
            "score" => format!("{}-{}", r.range(1, 4), r.range(0, 1)),
            "art" => pick(r, &["ceramics", "landscape paintings", "street photography", "textiles"]),
            "mood" => pick(r, &["cordial", "businesslike", "warm", "constructive"]),
            "topic" | "topic2" => r.pick(TOPICS).to_lowercase(),
            "facility" => pick(r, &["shipyard", "training centre", "naval base", "port terminal"]),
            "clause" => {
                let t = *r.pick(CLAUSES);
                return Some(fill_with(t, &mut |k| self.word(k)));
            }
            "quote" => pick(r, QUOTES),
            "reason" => {
                let t = *r.pick(REASONS);
                return Some(fill_with(t, &mut |k| self.word(k)));
            }
            _ => return None,
        })
    }
    /// A template filled from `pairs` first, then from random words.
    fn text(&mut self, template: &str, pairs: &[(&str, &str)]) -> String {
        let s = fill_with(template, &mut |k| {
            (pairs.iter().find(|(key, _)| *key == k).map(|(_, v)| (*v).to_owned()))
                .or_else(|| self.word(k))
        });
        cap_first(&s)
    }

    fn block(&mut self, kind: Kind) -> Block {
        let date = self.event_date();
        let (iso, when) = (date.to_string(), long_date(date));
        let mut facts = Vec::new();
        let mut fact = |relation, subject: &str, object: &str, extra: &str, evidence: &str| {
            facts.push(Fact {
                relation,
                subject: subject.to_owned(),
                object: object.to_owned(),
                extra: extra.to_owned(),
                evidence: evidence.to_owned(),
            })
        };
        let c = self.country();
        let (name, dem, capital) = {
            let k = &self.g.countries[c];
            (k.mention(), k.demonym.clone(), k.capital.clone())
        };
        let country = self.g.countries[c].name.clone();
        let mut follow = FOLLOW;
        let (sentence, headline, place, p) = match kind {
            Kind::CountryRole | Kind::CaptionRole | Kind::SoloVisit => {
                let p = self.person(Some(c));
                let title = self.country_title(c);
                let ct = title_case(title);
                let (t, city) = match kind {
                    Kind::CountryRole => {
                        let t = *self.rng.pick(COUNTRY_ROLE);
                        let t = if self.g.countries[c].the && t.contains("'s") { COUNTRY_ROLE[0] } else { t };
                        (t, capital.clone())
                    }
                    Kind::CaptionRole => (CAPTION_ROLE, capital.clone()),
                    _ => {
                        let host = self.other_country(c);
                        (*self.rng.pick(SOLO_VISIT), self.g.countries[host].capital.clone())
                    }
                };
                let pairs = [("dem", &*dem), ("Title", &ct), ("title", title), ("p", &p.full),
                    ("country", &name), ("city", &city), ("date", &when)];
                let s = self.text(t, &pairs);
                fact("holds_role", &p.full, title, &country, &s);
                if matches!(kind, Kind::SoloVisit) {
                    fact("visits", &p.full, &city, &iso, &s);
                }
                if matches!(kind, Kind::CaptionRole) {
                    let credit = self.person(None).full;
                    let agency = *self.rng.pick(PHOTO_AGENCIES);
                    let para = format!("{s} {credit}/{agency}");
                    let headline = format!("{dem} {title} outlines priorities");
                    return Block { para, facts, headline: cap_first(&headline), place: city };
                }
                (s, format!("{dem} {title} weighs in on regional agenda"), city, Some(p))
            }
            Kind::ThinkTank => {
                let (org, oc) = self.org(INSTITUTES);
                let p = self.person(Some(oc));
                let title = *self.rng.pick(&self.g.think_tank_titles);
                let t = *self.rng.pick(THINK_TANK_ROLE);
                let s = self.text(t, &[("p", &p.full), ("a", a_an(title)), ("title", title), ("org", &org)]);
                fact("holds_role", &p.full, title, &org, &s);
                fact("member_of", &p.full, &org, "", &s);
                (s, format!("Analysts see slow progress on {}", self.rng.pick(TOPICS).to_lowercase()), String::new(), Some(p))
            }
            Kind::Delegation => {
                let (org, oc) = self.org(ACADEMIES);
                let p = self.person(Some(oc));
                let host = self.other_country(oc);
                let city = self.g.countries[host].capital.clone();
                let t = *self.rng.pick(DELEGATION);
                let s = self.text(t, &[("org", &org), ("p", &p.full), ("city", &city), ("date", &when)]);
                let delegation = format!("{org} delegation");
                fact("leads", &p.full, &delegation, "", &s);
                fact("visits", &delegation, &city, &iso, &s);
                let mut s = s;
                if self.rng.chance(50) {
                    let title = *self.rng.pick(&self.g.academy_titles);
                    let t = *self.rng.pick(ACADEMY_ROLE);
                    let r = self.text(t, &[("p", &p.full), ("title", title), ("org", &org)]);
                    fact("holds_role", &p.full, title, &org, &r);
                    fact("member_of", &p.full, &org, "", &r);
                    s = format!("{s} {r}");
                }
                follow = DELEGATION_FOLLOW;
                (s, format!("{org} delegation arrives in {city}"), city, Some(p))
            }
            Kind::Meets => {
                let p = self.person(Some(c));
                let host = self.other_country(c);
                let q = self.person(Some(host));
                let (t1, t2) = (self.country_title(c), self.country_title(host));
                let h = &self.g.countries[host];
                let (dem2, city, host_name) = (h.demonym.clone(), h.capital.clone(), h.name.clone());
                let t = *self.rng.pick(MEETS);
                let s = self.text(t, &[("dem", &dem), ("Title", &title_case(t1)), ("p", &p.full),
                    ("dem2", &dem2), ("Title2", &title_case(t2)), ("q", &q.full), ("city", &city),
                    ("date", &when)]);
                fact("holds_role", &p.full, t1, &country, &s);
                fact("holds_role", &q.full, t2, &host_name, &s);
                fact("meets", &p.full, &q.full, &iso, &s);
                fact("visits", &p.full, &city, &iso, &s);
                (s, format!("{dem} and {dem2} officials hold talks in {city}"), city, Some(p))
            }
            Kind::Signs | Kind::OrgSigns => {
                let topic = *self.rng.pick(TOPICS);
                let (a, b, am, bm, t, treaties) = if matches!(kind, Kind::Signs) {
                    let o = self.other_country(c);
                    let other = &self.g.countries[o];
                    (country.clone(), other.name.clone(), name.clone(), other.mention(), *self.rng.pick(SIGNS), TREATIES)
                } else {
                    let (a, _) = self.org(ACADEMIES);
                    let (b, _) = self.org(INSTITUTES);
                    (a.clone(), b.clone(), a, b, ORG_SIGNS[0], ORG_TREATIES)
                };
                let tt = *self.rng.pick(treaties);
                let treaty = fill(tt, &[("a", &a), ("b", &b), ("topic", topic), ("city", &capital)]);
                let s = self.text(t, &[("a", &am), ("b", &bm), ("org", &am), ("org2", &bm),
                    ("treaty", &treaty), ("date", &when), ("city", &capital)]);
                fact("signs", &a, &treaty, &iso, &s);
                fact("signs", &b, &treaty, &iso, &s);
                follow = SIGN_FOLLOW;
                (s, format!("{a} and {b} seal {} pact", topic.to_lowercase()), capital.clone(), None)
            }
            Kind::Sanctioned | Kind::Designates | Kind::PersonSanctioned => {
                let agency = self.rng.pick(&self.g.agencies).clone();
                let mention = agency_mention(&agency);
                let n = if matches!(kind, Kind::Designates) { self.rng.range(2, 3) } else { 1 };
                let targets: Vec<String> = (0..n).map(|_| self.org(COMPANIES).0).collect();
                let desc_t = *self.rng.pick(DESCS);
                let desc = fill_with(desc_t, &mut |k| self.word(k));
                let mut pairs = vec![("agency", mention.as_str()), ("date", when.as_str()), ("desc", desc.as_str())];
                let list = and_list(&targets);
                let s = match kind {
                    Kind::Sanctioned => {
                        pairs.push(("target", targets[0].as_str()));
                        let t = *self.rng.pick(SANCTIONED);
                        self.text(t, &pairs)
                    }
                    Kind::Designates => {
                        pairs.push(("targets", list.as_str()));
                        let t = *self.rng.pick(DESIGNATES);
                        self.text(t, &pairs)
                    }
                    _ => {
                        let p = self.person(None);
                        let title = *self.rng.pick(&self.g.company_titles);
                        pairs.extend([("p", p.full.as_str()), ("title", title), ("target", targets[0].as_str())]);
                        let t = *self.rng.pick(PERSON_SANCTIONED);
                        let s = self.text(t, &pairs);
                        fact("sanctioned_by", &p.full, &agency, &iso, &s);
                        fact("holds_role", &p.full, title, &targets[0], &s);
                        fact("member_of", &p.full, &targets[0], "", &s);
                        s
                    }
                };
                if !matches!(kind, Kind::PersonSanctioned) {
                    for target in &targets {
                        fact("sanctioned_by", target, &agency, &iso, &s);
                    }
                }
                follow = SANCTION_FOLLOW;
                (s, format!("{} targets {} network", cap_first(&mention), self.rng.pick(&["shipping", "procurement", "finance"])), String::new(), None)
            }
        };
        if let Some(p) = &p {
            self.shorts.push(p.short.clone());
        }
        let mut para = sentence;
        for _ in 0..self.rng.range(1, 2) {
            let short = p.as_ref().map_or("Officials", |p| p.short.as_str());
            let t = *self.rng.pick(follow);
            para = format!("{para} {}", self.text(t, &[("s", short)]));
        }
        Block { para, facts, headline: cap_first(&headline), place }
    }

    /// A fact-free paragraph of two to four sentences on one everyday topic.
    fn filler(&mut self) -> String {
        let topic = *self.rng.pick(&[ECONOMY, MARKETS, WEATHER, SPORT, LOCAL]);
        let n = self.rng.range(2, 4);
        let mut picked: Vec<&str> = Vec::new();
        while picked.len() < n.min(topic.len()) {
            let t = *self.rng.pick(topic);
            if !picked.contains(&t) {
                picked.push(t);
            }
        }
        picked.iter().map(|t| self.text(t, &[])).collect::<Vec<_>>().join(" ")
    }
    fn caption(&mut self) -> String {
        let scene = *self.rng.pick(SCENES);
        let credit = self.person(None).full;
        let agency = *self.rng.pick(PHOTO_AGENCIES);
        if self.rng.chance(50) {
            self.text("{scene} in {city} on {day}. {credit}/{agency}", &[("scene", scene),
                ("credit", &credit), ("agency", agency)])
        } else {
            self.text("{scene} in {city}. Photo: {credit}/{agency}", &[("scene", scene),
                ("credit", &credit), ("agency", agency)])
        }
    }

    /// Writes the whole article: picks a style, plants 3–8 facts, pads with filler to size.
    fn compose(&mut self) -> Article {
        let style = self.rng.range(0, 3);
        let (kinds, lead) = match style {
            0 => (WIRE_KINDS, None),
            1 => (READOUT_KINDS, Some(Kind::Meets)),
            2 => (RELEASE_KINDS, Some(Kind::Designates)),
            _ => (FEATURE_KINDS, None),
        };
        let want = self.rng.range(3, 8);
        let mut blocks: Vec<Block> = Vec::new();
        let mut count = 0;
        for attempt in 0..40 {
            if count >= want {
                break;
            }
            let kind = match (attempt, lead) {
                (0, Some(k)) => k,
                _ if attempt >= 24 => Kind::CountryRole,
                _ => *self.rng.pick(kinds),
            };
            let block = self.block(kind);
            let new: HashSet<String> = block.facts.iter().map(fact_key).collect();
            if new.iter().any(|k| self.keys.contains(k)) || count + new.len() > 8 {
                continue;
            }
            count += new.len();
            self.keys.extend(new);
            blocks.push(block);
        }
        let headline = blocks.first().map(|b| b.headline.clone()).unwrap_or_default();
        let lead_country = (blocks.first())
            .and_then(|b| b.facts.iter().find(|f| f.relation == "holds_role"))
            .map(|f| f.extra.clone());
        let place = blocks.iter().map(|b| b.place.clone()).find(|p| !p.is_empty());
        let mut head: Vec<String> = Vec::new();
        let mut tail: Vec<String> = Vec::new();
        let mut body: Vec<String> = Vec::new();
        let published = self.published;
        let byline = |d: &mut Self| format!("By {}", d.person(None).full);
        let title = match style {
            0 => {
                if self.rng.chance(60) {
                    head.push(byline(self));
                }
                headline
            }
            1 => {
                let c = self.country();
                let dem = (self.g.countries.iter())
                    .find(|k| Some(&k.name) == lead_country.as_ref())
                    .unwrap_or(&self.g.countries[c])
                    .demonym
                    .clone();
                head.push(format!("The {dem} foreign ministry issued the following readout on {}.",
                    long_date(published)));
                tail.push("End of readout.".to_owned());
                format!("Readout: {headline}")
            }
            2 => {
                head.extend(["PRESS RELEASE".to_owned(), format!("For immediate release: {}",
                    long_date(published))]);
                tail.push(format!("Media inquiries: press office, +1 202 555 0{}", self.rng.range(100, 199)));
                headline
            }
            _ => {
                head.push(byline(self));
                let cap = self.caption();
                head.push(cap);
                let lede = *self.rng.pick(LEDES);
                body.push(self.text(lede, &[]));
                format!("Analysis: {headline}")
            }
        };
        for b in &blocks {
            for f in &b.facts {
                self.gold.push(Row {
                    article: self.id.clone(),
                    relation: f.relation.to_owned(),
                    subject: f.subject.clone(),
                    object: f.object.clone(),
                    extra: f.extra.clone(),
                    evidence: f.evidence.clone(),
                    confidence: 1.0,
                });
            }
        }
        body.extend(blocks.into_iter().map(|b| b.para));
        if style == 0 {
            let city = place.unwrap_or_else(|| self.word("city").unwrap_or_default());
            let m = MONTHS[usize::from(published.month().unsigned_abs()).clamp(1, 12) - 1];
            if let Some(first) = body.first_mut() {
                *first = format!("{}, {m} {} (Wire) - {first}", city.to_uppercase(), published.day());
            }
        }
        if style == 2 {
            let lines = (self.gold.iter())
                .filter(|r| r.relation == "sanctioned_by")
                .map(|r| r.subject.clone())
                .collect::<Vec<_>>();
            body.insert(body.len().min(1), "Identifying information:".to_owned());
            for (i, target) in lines.iter().enumerate() {
                let line = self.text("{t}: registered in {city}; trades in {goods}.", &[("t", target)]);
                body.insert((2 + i).min(body.len()), line);
            }
        }
        if self.rng.chance(50) {
            let short = self.shorts.first().cloned().unwrap_or_default();
            let hedged = *self.rng.pick(HEDGED);
            let t = if hedged.contains("{s}") && short.is_empty() { HEDGED[1] } else { hedged };
            let s = self.text(t, &[("s", &short)]);
            let at = self.rng.range(1, body.len()).min(body.len());
            body.insert(at, s);
        }
        let boiler = *self.rng.pick(BOILERPLATE);
        tail.push(self.text(boiler, &[]));
        let target = self.rng.range(3300, 4700);
        let size = |h: &[String], b: &[String], t: &[String]| {
            h.iter().chain(b).chain(t).map(|s| s.len() + 2).sum::<usize>()
        };
        for _ in 0..100 {
            let now = size(&head, &body, &tail);
            if now >= target {
                break;
            }
            let mut para = if self.rng.chance(12) { self.caption() } else { self.filler() };
            if now + para.len() + 2 > 4950 {
                let t = *self.rng.pick(WEATHER);
                para = self.text(t, &[]);
                if now + para.len() + 2 > 4950 {
                    break;
                }
            }
            let at = self.rng.range(1, body.len()).min(body.len());
            body.insert(at, para);
        }
        let text = head.iter().chain(&body).chain(&tail).cloned().collect::<Vec<_>>().join("\n\n");
        Article {
            id: self.id.clone(),
            title,
            published: published.to_string(),
            text: text + "\n",
            gold: std::mem::take(&mut self.gold),
        }
    }
}

/// "Ivanov" -> "Ivanova", "Vishnevsky" -> "Vishnevskaya".
fn feminine(surname: &str) -> String {
    if let Some(stem) = surname.strip_suffix("sky") {
        format!("{stem}skaya")
    } else if ["ov", "ev", "in", "yn", "yov"].iter().any(|s| surname.ends_with(s)) {
        format!("{surname}a")
    } else {
        surname.to_owned()
    }
}

fn fact_key(f: &Fact) -> String {
    format!("{}\t{}\t{}\t{}", f.relation, f.subject, f.object, f.extra)
}

/// The article as one JSON Lines record (keys id, title, url, published, text).
pub fn to_jsonl(article: &Article) -> String {
    let s = |v: &str| serde_json::Value::String(v.to_owned()).to_string();
    let url = format!("https://example.org/gen/{}/{}", article.published.replace('-', "/"), article.id);
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

    const RELATIONS: [&str; 7] =
        ["holds_role", "member_of", "leads", "visits", "sanctioned_by", "signs", "meets"];

    #[test]
    fn same_seed_and_index_give_the_same_article() {
        let (a, b) = (Generator::new(7).article(42), Generator::new(7).article(42));
        assert_eq!((&a.id, &a.title, &a.published, &a.text), (&b.id, &b.title, &b.published, &b.text));
        let rows = |x: &Article| x.gold.iter().map(|r| format!("{r:?}")).collect::<Vec<_>>();
        assert_eq!(rows(&a), rows(&b));
    }

    #[test]
    fn different_indices_and_seeds_differ() {
        let g = Generator::new(7);
        assert_ne!(g.article(0).text, g.article(1).text);
        assert_ne!(g.article(0).text, Generator::new(8).article(0).text);
    }

    #[test]
    fn articles_are_well_formed() {
        let g = Generator::new(1);
        for i in 0..50 {
            let a = g.article(i);
            assert!((3000..=5000).contains(&a.text.len()), "{}: {} bytes", a.id, a.text.len());
            assert!((3..=8).contains(&a.gold.len()), "{}: {} facts", a.id, a.gold.len());
            assert_ne!(a.text.lines().next(), Some(a.title.as_str()));
            assert!(!a.text.contains('{') && !a.text.contains('}'), "{}", a.text);
            let mut keys = HashSet::new();
            for r in &a.gold {
                assert!(RELATIONS.contains(&r.relation.as_str()), "{r:?}");
                assert!(a.text.contains(&r.evidence), "{r:?} not in\n{}", a.text);
                assert!(r.evidence.contains(&r.subject) || r.evidence.contains(&cap_first(&r.subject))
                    || r.relation == "visits", "{r:?}");
                assert_eq!(r.article, a.id);
                assert!(keys.insert((&r.relation, &r.subject, &r.object, &r.extra)), "{r:?}");
                if r.extra.len() == 10 && r.extra.starts_with("20") {
                    assert!(r.extra.as_str() >= "2015-01-01" && r.extra <= a.published, "{r:?}");
                }
            }
            assert!(a.published.as_str() >= "2015-01-01" && a.published.as_str() <= "2025-12-31");
        }
    }

    #[test]
    fn pools_are_large_and_free_of_seed_names() {
        let g = Generator::new(0);
        assert!(g.countries.len() > 100 && !g.agencies.is_empty() && g.places.len() > 50);
        let given: usize = g.given.iter().map(Vec::len).sum();
        let surnames: usize = g.surnames.iter().map(Vec::len).sum();
        assert!(given >= 400 && surnames >= 500, "{given} {surnames}");
        assert!(g.given.iter().all(|p| p.len() >= 35) && g.surnames.iter().all(|p| p.len() >= 40));
        for name in ["Kim", "Putin", "Shoigu", "Olga", "Sergei", "Lyubimova", "Peskov", "Biden"] {
            assert!(!g.given.iter().chain(&g.surnames).any(|p| p.contains(&name)), "{name}");
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
