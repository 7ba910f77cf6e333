DAY = "2024-09-26"
SENTS = [
 ("Volodymyr Zelensky presented his plan for ending the war to Joe Biden at the White House on Thursday, as the United States announced $8 billion in new military aid for Ukraine.", ["person:volodymyr-zelensky MEETS person:joe-biden", "person:volodymyr-zelensky MEETS USA", "USA SUPPORTS UKR"], ["USA SUPPLIES_ARMS UKR"]),
 ("The package includes a guided glide bomb with a range of up to 130 km and an additional Patriot air defence battery.", [], ["USA SUPPLIES_ARMS UKR"]),
 ("Zelensky later met Kamala Harris, who said any peace deal must be negotiated with Ukraine's participation.", ["person:volodymyr-zelensky MEETS person:kamala-harris"], []),
 ("Earlier in the week, the Ukrainian leader addressed the UN General Assembly and accused Russia of planning strikes on nuclear power plants.", ["person:volodymyr-zelensky CONDEMNS RUS"], ["person:volodymyr-zelensky MEETS org:UNGA"]),
 ("Donald Trump, who had criticised Zelensky during the campaign, agreed to meet him in New York on Friday.", [], ["person:donald-trump CONDEMNS person:volodymyr-zelensky", "person:donald-trump MEETS person:volodymyr-zelensky"]),
 ("Moscow said the new American weapons would not change the course of the war.", [], []),
]
