DAY = "2024-11-07"
SENTS = [
 ("World leaders rushed to congratulate Donald Trump on his election victory, with Benjamin Netanyahu calling it history's greatest comeback.", [], ["person:benjamin-netanyahu SUPPORTS person:donald-trump"]),
 ("Volodymyr Zelensky said he had an excellent call with Trump and discussed ways to bring peace to Ukraine.", ["person:volodymyr-zelensky MEETS person:donald-trump"], []),
 ("Xi Jinping urged Trump to find the right way for China and the United States to get along.", [], ["person:xi-jinping MEETS person:donald-trump"]),
 ("The Kremlin said it was not aware of any plans by Vladimir Putin to congratulate Trump, noting that the United States was an unfriendly country directly involved in the war against Russia.", [], ["RUS CONDEMNS USA"]),
 ("Hungary's Viktor Orban, a longtime admirer of Trump, called the result a much-needed victory for the world.", ["person:viktor-orban SUPPORTS person:donald-trump"], ["person:viktor-orban LEADS HUN"]),
]
