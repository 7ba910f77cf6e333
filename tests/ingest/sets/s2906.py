DAY = "1957-05-16"
SENTS = [
 ("Britain exploded its first hydrogen bomb high over the Pacific near Christmas Island on Wednesday, the Ministry of Supply announced.", [], []),
 ("The device was released from a Valiant bomber of the Royal Air Force.", [], []),
 ("Japan, which had begged London for weeks to cancel the series, lodged a formal protest with the British Embassy in Tokyo.", ["JPN CONDEMNS GBR"], []),
 ("Prime Minister Nobusuke Kishi told the Diet that Japan would raise the matter at the United Nations.", ["person:nobusuke-kishi LEADS JPN"], []),
 ("To Moscow radio, the explosion was a threat to the peoples of Asia.", [], ["SUN CONDEMNS GBR"]),
 ("The Prime Minister, Harold Macmillan, said Britain needed the weapon if it was to keep a voice in world affairs.", ["person:harold-macmillan LEADS GBR"], []),
]
