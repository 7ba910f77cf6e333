DAY = "2024-04-19"
SENTS = [
 ("The United States on Thursday vetoed a Security Council resolution that would have recommended full United Nations membership for a Palestinian state.", ["USA VETOES PSE"], []),
 ("Twelve council members voted in favour, while Britain and Switzerland abstained.", [], []),
 ("Palestinian President Mahmoud Abbas called the veto unfair, unethical and unjustified.", ["person:mahmoud-abbas LEADS PSE"], ["person:mahmoud-abbas CONDEMNS USA"]),
 ("Washington said Palestinian statehood should come through direct negotiations with Israel, not action at the United Nations.", [], []),
 ("Israeli Foreign Minister Israel Katz praised the United States for blocking what he called a shameful proposal.", ["person:israel-katz SUPPORTS USA"], []),
 ("The Palestinians have had observer status at the UN since 2012.", [], ["PSE MEMBER_OF org:UN"]),
]
