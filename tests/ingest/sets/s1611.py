DAY = "2025-05-01"
SENTS = [
 ("The United States and Ukraine signed an agreement on Wednesday giving Washington a share of future revenue from Ukraine's rare earths, oil and gas.", ["USA TRADES_WITH UKR"], []),
 ("The deal sets up a joint investment fund to which Kyiv will contribute half of the royalties from new extraction licences.", [], []),
 ("Treasury Secretary Scott Bessent said the accord signalled to Moscow that the Trump administration was committed to a free and prosperous Ukraine.", [], ["USA SUPPORTS UKR"]),
 ("Ukraine's first deputy prime minister, Yulia Svyrydenko, flew to Washington to sign the document.", ["person:yulia-svyrydenko MEETS USA"], []),
 ("Earlier drafts had demanded that Kyiv repay the military aid it received under Joe Biden, a condition Ukrainian officials rejected.", [], ["USA SUPPORTS UKR"]),
]
