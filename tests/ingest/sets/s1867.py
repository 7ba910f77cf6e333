DAY = "2023-04-07"
SENTS = [
 ("China imposed sanctions on Friday on the Hudson Institute and the Ronald Reagan Presidential Library in retaliation for Taiwanese President Tsai Ing-wen's meeting with US House Speaker Kevin McCarthy in California.", ["person:tsai-ing-wen LEADS TWN", "person:tsai-ing-wen MEETS person:kevin-mccarthy"], ["CHN SANCTIONS USA", "CHN CONDEMNS TWN", "person:tsai-ing-wen MEETS USA"]),
 ("Beijing also barred the leaders of two Taiwanese groups from entering mainland China, Hong Kong and Macau.", [], ["CHN SANCTIONS TWN"]),
 ("The Chinese foreign ministry said the meeting had seriously violated the one-China principle and accused Washington of emboldening separatist forces.", ["CHN CONDEMNS USA"], ["CHN CONDEMNS TWN"]),
 ("Three Chinese warships were sailing in waters near Taiwan on Friday, the island's defence ministry said.", [], []),
 ("McCarthy, who hosted Tsai at the Reagan Library in Simi Valley, said the United States would continue to sell arms to Taiwan.", ["person:kevin-mccarthy MEETS person:tsai-ing-wen"], ["USA SUPPLIES_ARMS TWN"]),
]
