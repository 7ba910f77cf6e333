DAY = "2018-09-06"
SENTS = [
 ("Nauru's president, Baron Waqa, demanded an apology from China on Wednesday after a Chinese envoy walked out of a meeting at the Pacific Islands Forum.", ["person:baron-waqa LEADS NRU", "person:baron-waqa CONDEMNS CHN"], []),
 ("Waqa said the diplomat, Du Qiwen, had been very insolent and had tried to speak ahead of Tuvalu's prime minister.", ["person:baron-waqa CONDEMNS person:du-qiwen"], []),
 ("Nauru, one of Taiwan's few remaining allies, had refused to stamp the Chinese delegation's diplomatic passports.", [], ["NRU SUPPORTS TWN", "NRU ALLIED_WITH TWN", "NRU SANCTIONS CHN"]),
 ("China's foreign ministry said Nauru's behaviour was unacceptable and called on it to reflect on its mistakes.", ["CHN CONDEMNS NRU"], []),
 ("Australian Prime Minister Scott Morrison, who skipped the forum, sent his foreign minister instead.", ["person:scott-morrison LEADS AUS"], []),
]
