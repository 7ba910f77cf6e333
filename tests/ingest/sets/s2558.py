DAY = "2000-08-22"
SENTS = [
 ("Norwegian divers opened the rescue hatch of the sunken Russian submarine Kursk on Monday and found it flooded, confirming that all 118 men on board were dead.", [], ["NOR SUPPORTS RUS"]),
 ("Russia accepted help from Norway and Britain only on Wednesday, five days after the submarine sank in the Barents Sea during exercises.", ["NOR SUPPORTS RUS", "GBR SUPPORTS RUS"], []),
 ("Vladimir Putin, who stayed on holiday for days after the accident, has been criticised at home for turning down foreign offers of help.", [], []),
 ("Russian admirals have suggested the Kursk collided with a foreign submarine, which Washington and London deny.", [], []),
 ("NATO had offered rescue equipment on the day the navy announced the disaster.", [], ["org:NATO SUPPORTS RUS"]),
]
