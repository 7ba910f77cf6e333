DAY = "2023-04-06"
SENTS = [
 ("Taiwan's President Tsai Ing-wen met US House Speaker Kevin McCarthy in California on Wednesday, despite warnings from Beijing.", ["person:tsai-ing-wen LEADS TWN"], ["person:tsai-ing-wen MEETS person:kevin-mccarthy", "person:tsai-ing-wen MEETS USA", "CHN CONDEMNS TWN"]),
 ("China's foreign ministry said it firmly opposed the meeting and would take resolute measures.", [], ["CHN CONDEMNS TWN", "CHN CONDEMNS USA"]),
 ("Days later, the Chinese military began three days of exercises simulating a blockade of the island.", [], ["CHN ATTACKS TWN"]),
 ("Beijing also sanctioned the Reagan Presidential Library, which hosted the meeting.", [], []),
 ("Tsai had stopped in Guatemala and Belize, two of Taiwan's remaining diplomatic allies.", ["person:tsai-ing-wen MEETS GTM", "person:tsai-ing-wen MEETS BLZ"], ["GTM SUPPORTS TWN", "BLZ SUPPORTS TWN", "GTM ALLIED_WITH TWN", "BLZ ALLIED_WITH TWN"]),
]
