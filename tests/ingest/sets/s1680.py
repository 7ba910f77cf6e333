DAY = "2019-09-16"
SENTS = [
 ("Drone and missile strikes on Saturday knocked out half of Saudi Arabia's oil output at the Abqaiq processing plant and the Khurais oilfield.", [], []),
 ("Yemen's Houthi rebels claimed responsibility, but Secretary of State Mike Pompeo said there was no evidence the attack had come from Yemen and blamed Iran directly.", ["person:mike-pompeo CONDEMNS IRN"], []),
 ("Tehran rejected the accusation as meaningless and said Washington was trying to justify actions against Iran.", [], ["IRN CONDEMNS USA"]),
 ("Donald Trump said the United States was locked and loaded but was waiting to hear from the Saudis about who they believed was behind the attack.", [], []),
 ("The Houthis, who have been fighting a Saudi-led coalition since 2015, are armed and backed by Iran.", ["IRN SUPPLIES_ARMS org:HOUTHIS", "IRN SUPPORTS org:HOUTHIS", "org:HOUTHIS ATTACKS SAU"], ["SAU ATTACKS org:HOUTHIS"]),
]
