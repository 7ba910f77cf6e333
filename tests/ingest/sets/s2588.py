DAY = "1990-09-09"
SENTS = [
 ("President George Bush and Mikhail Gorbachev declared at their one-day summit in Helsinki on Sunday that Iraq's aggression against Kuwait must not be tolerated.", ["person:george-h-w-bush MEETS person:mikhail-gorbachev", "person:george-h-w-bush CONDEMNS IRQ", "person:mikhail-gorbachev CONDEMNS IRQ", "IRQ ATTACKS KWT"], []),
 ("Their joint statement called on Baghdad to withdraw unconditionally and to free the foreigners it holds.", [], ["USA CONDEMNS IRQ", "SUN CONDEMNS IRQ"]),
 ("Gorbachev said Moscow had stopped all arms deliveries to Iraq, which bought most of its tanks and warplanes from the Soviet Union.", ["SUN SUPPLIES_ARMS IRQ"], []),
 ("He did not commit Soviet troops to the multinational force that is gathering in Saudi Arabia, where the United States has sent more than 100,000 soldiers.", ["USA DEPLOYS_TROOPS SAU"], []),
 ("Bush said he would ask Congress to help the Soviet economy, a reversal of Washington's long-standing refusal to give Moscow aid.", [], ["USA SUPPORTS SUN"]),
]
