DAY = "1963-02-10"
SENTS = [
 ("Army officers and members of the Baath party overthrew Premier Abdul Karim Kassem of Iraq on Friday, and Baghdad radio announced on Saturday that he had been shot.", [], ["person:abd-al-karim-qasim LEADS IRQ"]),
 ("Colonel Abdul Salam Arif, Kassem's partner in the 1958 revolution, was named President.", [], ["person:abdul-salam-arif LEADS IRQ"]),
 ("Egypt's President Nasser welcomed the new regime, and Cairo recognized it within hours.", ["person:gamal-abdel-nasser LEADS EGY"], ["EGY SUPPORTS IRQ", "person:gamal-abdel-nasser SUPPORTS IRQ"]),
 ("The Soviet Union, which had armed Kassem's forces, protested against the arrest and killing of Iraqi Communists.", ["SUN SUPPLIES_ARMS IRQ"], ["SUN CONDEMNS IRQ"]),
 ("London and Washington extended recognition to the Arif government in Baghdad on Monday.", ["GBR SUPPORTS IRQ", "USA SUPPORTS IRQ"], ["GBR SUPPORTS person:abdul-salam-arif", "USA SUPPORTS person:abdul-salam-arif", "person:abdul-salam-arif LEADS IRQ"]),
]
