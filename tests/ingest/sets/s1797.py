DAY = "2016-01-17"
SENTS = [
 ("The United States and the European Union lifted sanctions on Iran on Saturday after the International Atomic Energy Agency confirmed that Tehran had curbed its nuclear programme under last year's deal.", [], ["USA SANCTIONS IRN", "org:EU SANCTIONS IRN"]),
 ("The lifting of the measures frees about $100 billion in Iranian assets frozen abroad and allows the country to resume oil exports to Europe.", [], []),
 ("Hours later, Washington imposed new sanctions on eleven companies and individuals over Iran's ballistic missile programme.", ["USA SANCTIONS IRN"], []),
 ("President Hassan Rouhani called the day a golden page in Iran's history.", [], ["person:hassan-rouhani LEADS IRN"]),
 ("Iran also freed four Americans, including Washington Post reporter Jason Rezaian, in a prisoner swap with the United States.", [], []),
 ("Israeli Prime Minister Benjamin Netanyahu said Iran had not abandoned its ambition to obtain nuclear weapons and would continue to sow terror in the region.", ["person:benjamin-netanyahu LEADS ISR"], ["person:benjamin-netanyahu CONDEMNS IRN"]),
]
