DAY = "1979-11-14"
SENTS = [
 ("President Jimmy Carter froze all Iranian government assets in American banks on Wednesday, ten days after militants seized the US embassy in Tehran.", ["USA SANCTIONS IRN"], ["person:jimmy-carter SANCTIONS IRN", "person:jimmy-carter LEADS USA"]),
 ("On Monday he had ordered a halt to oil imports from Iran in response to the taking of about 60 American hostages.", [], ["USA SANCTIONS IRN"]),
 ("Ayatollah Ruhollah Khomeini has praised the students and called the United States the Great Satan.", ["person:ruhollah-khomeini CONDEMNS USA"], []),
 ("Iran's foreign minister said Tehran would withdraw its deposits from American banks.", [], []),
 ("Britain and France urged Iran to free the hostages, and the UN Security Council called for their release.", [], ["GBR CONDEMNS IRN", "FRA CONDEMNS IRN"]),
]
