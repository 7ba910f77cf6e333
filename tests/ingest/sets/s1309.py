DAY = "2025-10-27"
SENTS = [
 ("Donald Trump signed trade agreements with Malaysia and Cambodia in Kuala Lumpur on Sunday on the sidelines of the ASEAN summit.", ["USA TRADES_WITH MYS", "USA TRADES_WITH KHM", "person:donald-trump MEETS MYS"], []),
 ("Malaysian Prime Minister Anwar Ibrahim greeted him at the airport, where Trump danced with performers.", [], ["person:anwar-ibrahim LEADS MYS", "person:anwar-ibrahim MEETS person:donald-trump"]),
 ("Malaysia agreed not to restrict exports of rare earths to the United States.", [], ["MYS TRADES_WITH USA"]),
 ("Trump then flew to Tokyo and later to South Korea, where he met Xi Jinping.", ["person:donald-trump MEETS JPN", "person:donald-trump MEETS KOR"], ["person:donald-trump MEETS person:xi-jinping"]),
 ("Brazil's Lula met Trump in Kuala Lumpur the same day and said he expected a deal on tariffs within weeks.", ["person:luiz-inacio-lula-da-silva MEETS person:donald-trump"], ["person:luiz-inacio-lula-da-silva LEADS BRA"]),
]
