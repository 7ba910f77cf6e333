DAY = "1981-08-02"
SENTS = [
 ("Senegalese troops drove rebels out of the Gambian capital, Banjul, on Saturday, four days after leftist plotters seized the radio station and declared a revolutionary council while President Dawda Jawara was in London.", ["SEN DEPLOYS_TROOPS GMB"], ["person:dawda-jawara LEADS GMB"]),
 ("Sir Dawda flew to Dakar and asked President Abdou Diouf of Senegal for help under a defence treaty the two neighbours signed in 1965.", ["person:abdou-diouf LEADS SEN", "person:dawda-jawara MEETS person:abdou-diouf", "person:dawda-jawara MEETS SEN"], ["SEN ALLIED_WITH GMB"]),
 ("The rebel leader, Kukoi Samba Sanyang, escaped to Guinea-Bissau, and the Gambian government said it had evidence that he had been trained in Libya.", [], ["GMB CONDEMNS LBY"]),
 ("Banjul broke off relations with Tripoli last year, accusing the Libyans of recruiting young Gambians for military training.", ["GMB CONDEMNS LBY"], []),
 ("Britain sent a small team of special forces officers to advise Sir Dawda, and about 1,500 Senegalese soldiers will remain in the country for now.", [], ["SEN DEPLOYS_TROOPS GMB", "GBR SUPPORTS person:dawda-jawara"]),
]
