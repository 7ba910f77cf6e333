DAY = "2014-12-17"
SENTS = [
 ("The United States and Cuba agreed on Wednesday to restore diplomatic relations after more than 50 years of hostility.", [], ["USA SUPPORTS CUB", "CUB SUPPORTS USA", "USA MEETS CUB"]),
 ("President Obama and President Raul Castro announced the decision in simultaneous speeches, after a 45-minute telephone call on Tuesday.", ["person:barack-obama MEETS person:raul-castro"], ["person:barack-obama LEADS USA", "person:raul-castro LEADS CUB"]),
 ("Cuba released Alan Gross, an American aid worker held for five years, and the United States freed three Cuban spies.", [], []),
 ("Pope Francis, who urged both leaders to end the dispute, hosted their negotiators at the Vatican in October.", ["person:francis LEADS VAT"], ["VAT MEETS USA", "VAT MEETS CUB"]),
 ("The American trade embargo on Cuba remains in place and can only be lifted by Congress.", ["USA SANCTIONS CUB"], []),
]
