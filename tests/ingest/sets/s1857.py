DAY = "2023-06-20"
SENTS = [
 ("Chinese President Xi Jinping met US Secretary of State Antony Blinken in Beijing on Monday, the highest-level American visit to China in five years.", ["person:xi-jinping LEADS CHN", "person:antony-blinken MEETS person:xi-jinping", "person:antony-blinken MEETS CHN"], []),
 ("Blinken's trip had been postponed in February after the United States shot down a Chinese surveillance balloon that had crossed the country.", ["USA ATTACKS CHN"], []),
 ("Xi said the two sides had made progress and agreed on some specific issues, without giving details.", [], []),
 ("China rejected a request to restore military communication channels, which Beijing suspended after a visit to Taiwan by then House Speaker Nancy Pelosi last year.", [], []),
 ("Blinken said Washington did not support Taiwan's independence but would continue to help the island defend itself.", [], ["USA SUPPORTS TWN"]),
 ("The United States has restricted exports of advanced semiconductors to China, which Beijing calls an attempt to contain its rise.", ["USA SANCTIONS CHN", "CHN CONDEMNS USA"], []),
]
