DAY = "2023-11-16"
SENTS = [
 ("Xi Jinping and Joe Biden met for four hours at the Filoli estate near San Francisco on Wednesday, their first face-to-face talks in a year.", ["person:xi-jinping MEETS person:joe-biden"], ["person:xi-jinping MEETS USA"]),
 ("They agreed to resume military-to-military communications that Beijing had cut after Nancy Pelosi visited Taiwan in August 2022.", ["person:nancy-pelosi MEETS TWN"], ["CHN MEETS USA"]),
 ("China also pledged to curb exports of chemicals used to make fentanyl.", [], []),
 ("Asked afterwards, Biden said he still regarded Xi as a dictator.", ["person:joe-biden CONDEMNS person:xi-jinping"], []),
 ("Chinese officials called the remark extremely wrong and irresponsible.", [], ["CHN CONDEMNS person:joe-biden", "CHN CONDEMNS USA"]),
]
