DAY = "2014-05-27"
SENTS = [
 ("Narendra Modi was sworn in as India's prime minister on Monday before 4,000 guests, including Pakistan's Prime Minister Nawaz Sharif and the leaders of six other South Asian nations.", ["person:narendra-modi LEADS IND", "person:nawaz-sharif LEADS PAK"], ["person:nawaz-sharif MEETS IND", "person:narendra-modi MEETS person:nawaz-sharif"]),
 ("Modi and Sharif held talks on Tuesday, the first meeting between the leaders of the two nuclear-armed rivals since Modi's election.", ["person:narendra-modi MEETS person:nawaz-sharif"], []),
 ("Sharif said the two countries should turn a new page, while Modi raised India's concerns about terrorism.", [], ["IND CONDEMNS PAK", "person:narendra-modi CONDEMNS PAK"]),
 ("The invitation was a surprise, as Modi's Bharatiya Janata Party had long taken a hard line on Pakistan.", [], []),
 ("Afghan President Hamid Karzai, who also attended, said he would ask for more Indian help in training Afghan security forces.", ["person:hamid-karzai LEADS AFG"], ["IND SUPPORTS AFG", "person:hamid-karzai MEETS IND"]),
 ("India and Pakistan have fought three wars since 1947, two of them over Kashmir.", [], ["IND ATTACKS PAK", "PAK ATTACKS IND"]),
]
