DAY = "2013-09-14"
SENTS = [
 ("The United States and Russia agreed on Saturday on a plan to eliminate Syria's chemical weapons, averting an American military strike on Bashar al-Assad's government.", [], ["USA MEETS RUS"]),
 ("John Kerry and Sergei Lavrov announced the deal in Geneva after three days of talks.", ["person:john-kerry MEETS person:sergei-lavrov"], []),
 ("Washington blames the Assad government for a sarin attack on the Damascus suburb of Ghouta on August 21 that killed hundreds of people.", ["USA CONDEMNS SYR"], ["USA CONDEMNS person:bashar-al-assad"]),
 ("Russia, which has shielded Damascus from three Security Council resolutions with its veto, says rebels carried out the attack.", ["RUS VETOES SYR"], ["RUS SUPPORTS SYR"]),
 ("France, which had been ready to join US strikes, welcomed the agreement as an important step.", [], ["FRA SUPPORTS USA", "FRA SUPPORTS RUS"]),
]
