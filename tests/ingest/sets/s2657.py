DAY = "1998-03-25"
SENTS = [
 ("President Clinton spent three hours in Kigali on Wednesday and told survivors of the 1994 genocide that the world, the United States among them, had failed to act quickly enough to stop the killing.", ["person:bill-clinton MEETS RWA"], ["person:bill-clinton LEADS USA"]),
 ("He met President Pasteur Bizimungu and Vice President Paul Kagame in a hangar at the airport, which he never left.", ["person:bill-clinton MEETS person:pasteur-bizimungu", "person:bill-clinton MEETS person:paul-kagame"], ["person:pasteur-bizimungu LEADS RWA"]),
 ("Clinton had flown in from Uganda, where he and President Yoweri Museveni were hosts on Tuesday to a regional summit attended by the leaders of six other African states in Entebbe.", ["person:bill-clinton MEETS UGA", "person:bill-clinton MEETS person:yoweri-museveni", "person:yoweri-museveni LEADS UGA"], []),
 ("On Thursday he travels on to South Africa, where Nelson Mandela is to receive him in Cape Town.", [], ["person:bill-clinton MEETS ZAF", "person:bill-clinton MEETS person:nelson-mandela"]),
]
