DAY = "2022-11-15"
SENTS = [
 ("Joe Biden and Xi Jinping met for three hours on the Indonesian island of Bali on Monday, their first in-person talks since Biden took office.", ["person:joe-biden MEETS person:xi-jinping"], ["person:joe-biden MEETS IDN", "person:xi-jinping MEETS IDN"]),
 ("Biden said he had raised objections to China's coercive actions toward Taiwan and its human rights abuses in Xinjiang.", ["person:joe-biden CONDEMNS CHN"], []),
 ("Xi told Biden that Taiwan was the first red line that must not be crossed.", [], ["person:xi-jinping MEETS person:joe-biden"]),
 ("The two leaders agreed that nuclear weapons should never be used in Ukraine, according to the White House.", [], []),
 ("Secretary of State Antony Blinken will visit China early next year.", [], ["person:antony-blinken MEETS CHN"]),
]
