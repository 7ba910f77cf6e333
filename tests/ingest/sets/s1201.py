DAY = "2025-11-01"
SENTS = [
 ("Mark Carney and Xi Jinping held their first formal talks on the sidelines of the APEC summit in Gyeongju, South Korea.", ["person:mark-carney MEETS person:xi-jinping"], ["person:mark-carney MEETS KOR", "person:xi-jinping MEETS KOR"]),
 ("Canada imposed 100 percent tariffs on Chinese electric vehicles last year, and Beijing retaliated with duties on Canadian canola oil and peas.", [], ["CAN SANCTIONS CHN", "CHN SANCTIONS CAN"]),
 ("Xi accepted an invitation to visit Canada.", [], []),
 ("Carney later said he had apologised to Trump for an Ontario advertisement that quoted Ronald Reagan criticising tariffs.", [], []),
 ("Trump had terminated trade talks with Canada over the advertisement.", [], []),
]
