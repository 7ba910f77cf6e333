DAY = "2004-06-28"
SENTS = [
 ("The American-led coalition handed sovereignty to an interim Iraqi government in Baghdad on Monday, two days earlier than planned.", [], ["USA SUPPORTS IRQ"]),
 ("Paul Bremer, the American administrator, left the country hours after the ceremony.", [], []),
 ("Prime Minister Ayad Allawi said Iraq would defeat the insurgents with the help of its allies.", [], ["person:ayad-allawi LEADS IRQ"]),
 ("President Bush and Prime Minister Tony Blair learned of the handover during a NATO summit in Istanbul.", [], ["person:george-w-bush LEADS USA", "person:tony-blair LEADS GBR", "person:george-w-bush MEETS person:tony-blair", "person:george-w-bush MEETS TUR", "person:tony-blair MEETS TUR"]),
 ("NATO leaders agreed at the summit to help train Iraq's security forces.", [], ["org:NATO SUPPORTS IRQ"]),
 ("About 138,000 American troops will remain in Iraq under the command of an American general.", [], ["USA DEPLOYS_TROOPS IRQ"]),
]
