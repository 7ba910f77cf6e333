DAY = "2010-03-11"
SENTS = [
 ("Joe Biden condemned Israel's approval of 1,600 new homes in East Jerusalem, announced hours after he arrived in the country to promote peace talks.", ["person:joe-biden CONDEMNS ISR"], ["person:joe-biden MEETS ISR"]),
 ("The vice president said the decision undermined the trust needed for negotiations with the Palestinians.", [], []),
 ("Prime Minister Benjamin Netanyahu said he had not known of the timing and apologised to Biden.", [], ["person:benjamin-netanyahu LEADS ISR", "person:benjamin-netanyahu MEETS person:joe-biden"]),
 ("The Palestinian Authority threatened to pull out of the indirect talks mediated by the United States.", [], ["PSE CONDEMNS USA"]),
 ("The Arab League had endorsed the talks only last week.", [], []),
 ("Biden later travelled to Ramallah to meet Palestinian President Mahmoud Abbas and to Amman to see King Abdullah of Jordan.", ["person:joe-biden MEETS person:mahmoud-abbas", "person:mahmoud-abbas LEADS PSE", "person:joe-biden MEETS JOR", "person:abdullah-ii LEADS JOR"], ["person:joe-biden MEETS PSE", "person:joe-biden MEETS person:abdullah-ii"]),
]
