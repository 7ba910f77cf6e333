DAY = "1992-12-10"
SENTS = [
 ("The first United States Marines of a 28,000-strong force came ashore in Mogadishu before dawn on Wednesday to protect food convoys in famine-stricken Somalia.", ["USA DEPLOYS_TROOPS SOM"], []),
 ("The operation was authorised last week by the UN Security Council, which voted unanimously to allow member states to use all necessary means.", [], []),
 ("France, Italy, Belgium, Canada and Pakistan are also sending troops to Somalia.", ["FRA DEPLOYS_TROOPS SOM", "ITA DEPLOYS_TROOPS SOM", "BEL DEPLOYS_TROOPS SOM", "CAN DEPLOYS_TROOPS SOM", "PAK DEPLOYS_TROOPS SOM"], []),
 ("Mohamed Farrah Aidid, the most powerful of the warlords who control Mogadishu, said he welcomed the Americans.", [], []),
 ("President George Bush, who leaves office next month, said the troops would be home by the inauguration of Bill Clinton in January.", [], ["person:george-h-w-bush LEADS USA"]),
]
