DAY = "2020-01-14"
SENTS = [
 ("Indian refiners have stopped buying Malaysian palm oil after New Delhi told traders to avoid it, an unofficial boycott that followed Prime Minister Mahathir Mohamad's criticism of India's policies in Kashmir.", ["IND SANCTIONS MYS", "person:mahathir-mohamad CONDEMNS IND"], ["person:mahathir-mohamad LEADS MYS", "IND TRADES_WITH MYS"]),
 ("India was the largest buyer of Malaysian palm oil last year, taking 4.4 million tonnes.", ["IND TRADES_WITH MYS"], []),
 ("Mahathir said he would not retract his remarks and that Malaysia needed to speak out when something was wrong, even if it cost trade.", [], ["person:mahathir-mohamad CONDEMNS IND"]),
 ("Indonesia, the world's biggest producer, is expected to pick up the Indian orders.", [], ["IDN TRADES_WITH IND"]),
 ("Malaysia has also criticised India's new citizenship law, which Mahathir said discriminated against Muslims.", ["MYS CONDEMNS IND"], []),
]
