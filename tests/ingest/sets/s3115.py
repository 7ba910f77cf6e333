DAY = "2005-03-26"
SENTS = [
 ("President Askar Akayev of Kyrgyzstan fled the country on Thursday after protesters stormed his offices in Bishkek, and officials said on Saturday that he was in Moscow.", ["person:askar-akayev LEADS KGZ"], ["person:askar-akayev MEETS RUS"]),
 ("Russia said it had given Mr Akayev refuge but would work with the new leaders, and President Vladimir Putin telephoned the opposition's acting president, Kurmanbek Bakiyev.", ["RUS SUPPORTS person:askar-akayev", "person:vladimir-putin MEETS person:kurmanbek-bakiyev"], ["person:vladimir-putin LEADS RUS", "person:kurmanbek-bakiyev LEADS KGZ"]),
 ("Russian combat jets are stationed in Kyrgyzstan at Kant, and the American military flies tankers and cargo planes out of Manas airport.", ["RUS DEPLOYS_TROOPS KGZ"], ["USA DEPLOYS_TROOPS KGZ"]),
 ("Washington urged all sides to avoid violence and said it would continue to use Manas to supply its troops in Afghanistan.", [], ["USA DEPLOYS_TROOPS KGZ", "USA DEPLOYS_TROOPS AFG"]),
 ("Neighbouring Kazakhstan closed its border with Kyrgyzstan, and Uzbekistan said it feared the unrest could spread to its part of the Fergana valley.", [], ["KAZ SANCTIONS KGZ"]),
]
