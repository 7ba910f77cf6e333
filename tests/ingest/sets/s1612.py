DAY = "2025-08-16"
SENTS = [
 ("Donald Trump greeted Vladimir Putin on a red carpet at a military base in Anchorage on Friday, the Russian leader's first visit to the United States in a decade.", ["person:donald-trump MEETS person:vladimir-putin", "person:vladimir-putin MEETS USA"], ["person:vladimir-putin LEADS RUS"]),
 ("The two presidents talked for nearly three hours but emerged without a ceasefire deal for Ukraine.", [], ["person:donald-trump MEETS person:vladimir-putin"]),
 ("Putin said he hoped the understanding they reached would pave the way to peace and invited Trump to Moscow for their next meeting.", [], ["person:vladimir-putin MEETS person:donald-trump"]),
 ("Volodymyr Zelensky, who was not invited, said Russia had launched dozens of drones at Ukrainian cities while the leaders were talking.", ["RUS ATTACKS UKR"], ["person:volodymyr-zelensky CONDEMNS RUS"]),
 ("European leaders said they would keep up pressure on Moscow, including through sanctions, until it agreed to stop the killing.", [], ["org:EU SANCTIONS RUS"]),
]
