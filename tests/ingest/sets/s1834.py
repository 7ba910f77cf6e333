DAY = "2015-09-26"
SENTS = [
 ("President Barack Obama and Chinese President Xi Jinping agreed at the White House on Friday that neither government would conduct or support cyber theft of intellectual property for commercial gain.", ["person:xi-jinping LEADS CHN", "person:barack-obama MEETS person:xi-jinping", "person:xi-jinping MEETS USA"], ["person:barack-obama LEADS USA"]),
 ("Obama warned that Washington could still impose sanctions on Chinese companies and individuals who steal American trade secrets.", [], ["USA SANCTIONS CHN", "person:barack-obama CONDEMNS CHN"]),
 ("The two leaders also pledged to cut greenhouse gas emissions and agreed on rules to avoid military encounters between their warplanes.", [], []),
 ("Xi, on his first state visit to the United States, was honoured with a 21-gun salute and a state dinner.", ["person:xi-jinping MEETS USA"], []),
 ("Earlier in the week, Xi met business leaders in Seattle and toured a Boeing factory, where Chinese companies announced orders for 300 aircraft.", [], ["CHN TRADES_WITH USA"]),
 ("Obama pressed Xi on China's island-building in the South China Sea, which has alarmed its neighbours.", [], ["person:barack-obama CONDEMNS CHN"]),
]
