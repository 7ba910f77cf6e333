DAY = "2025-11-05"
SENTS = [
 ("Iraq's prime minister, Mohammed Shia al-Sudani, said US forces would leave the federal territory of Iraq by September 2026.", ["person:mohammed-shia-al-sudani LEADS IRQ"], ["USA DEPLOYS_TROOPS IRQ"]),
 ("American troops have already left the Ain al-Asad air base in Anbar province.", [], ["USA DEPLOYS_TROOPS IRQ"]),
 ("Iran-backed militias attacked US bases in Iraq more than 170 times after October 2023.", [], ["IRN SUPPORTS org:militias", "USA DEPLOYS_TROOPS IRQ"]),
 ("Washington has pressed Baghdad to stop importing Iranian gas and electricity.", [], ["IRQ TRADES_WITH IRN"]),
 ("Iraq is OPEC's second-largest producer after Saudi Arabia.", ["IRQ MEMBER_OF org:OPEC", "SAU MEMBER_OF org:OPEC"], []),
]
