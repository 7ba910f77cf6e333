DAY = "2009-06-04"
SENTS = [
 ("Barack Obama called for a new beginning between the United States and Muslims around the world in a speech at Cairo University on Thursday.", ["person:barack-obama MEETS EGY"], ["person:barack-obama LEADS USA"]),
 ("Obama met President Hosni Mubarak before the speech and flew in from Riyadh, where he had held talks with King Abdullah.", ["person:barack-obama MEETS person:hosni-mubarak", "person:barack-obama MEETS SAU"], ["person:hosni-mubarak LEADS EGY", "person:barack-obama MEETS person:abdullah-bin-abdulaziz", "person:abdullah-bin-abdulaziz LEADS SAU"]),
 ("He said Israel must stop building settlements in the West Bank and that the Palestinians must abandon violence.", [], ["person:barack-obama CONDEMNS ISR"]),
 ("Israeli officials said the government would continue to allow building to accommodate natural growth.", [], []),
 ("Iran's supreme leader, Ayatollah Ali Khamenei, said on the same day that the United States was deeply hated in the region.", ["person:ali-khamenei LEADS IRN"], ["person:ali-khamenei CONDEMNS USA"]),
]
