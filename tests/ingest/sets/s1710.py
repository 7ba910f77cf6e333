DAY = "2010-06-10"
SENTS = [
 ("The UN Security Council imposed a fourth round of sanctions on Iran on Wednesday over its nuclear programme, expanding an arms embargo and targeting the Revolutionary Guards.", ["org:UNSC SANCTIONS IRN"], []),
 ("Brazil and Turkey voted against the resolution, and Lebanon abstained.", [], []),
 ("The two countries had brokered a fuel swap deal with Tehran last month that they said made new sanctions unnecessary.", [], []),
 ("Mahmoud Ahmadinejad said the resolution was a used handkerchief that should be thrown in the dustbin.", [], ["person:mahmoud-ahmadinejad CONDEMNS org:UNSC"]),
 ("China and Russia, which had watered down the text, said they hoped Iran would return to talks.", [], []),
]
