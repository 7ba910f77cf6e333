DAY = "2001-10-08"
SENTS = [
 ("American and British forces launched air strikes against Taliban targets across Afghanistan on Sunday night, nearly four weeks after the September 11 attacks.", ["USA ATTACKS org:TALIBAN", "GBR ATTACKS org:TALIBAN"], ["USA ATTACKS AFG", "GBR ATTACKS AFG"]),
 ("George W. Bush said the Taliban had been given fair warning to hand over Osama bin Laden.", [], ["person:george-w-bush CONDEMNS org:TALIBAN"]),
 ("Pakistan, which had been one of only three countries to recognise the Taliban government, allowed the United States to use its airspace.", ["PAK SUPPORTS org:TALIBAN", "PAK SUPPORTS USA"], []),
 ("Tony Blair, the British prime minister, said Britain was not acting out of a desire for revenge.", ["person:tony-blair LEADS GBR"], []),
 ("Russia, which fought a long war in Afghanistan in the 1980s, shared intelligence with Washington and backed the Northern Alliance with weapons.", ["RUS SUPPORTS USA"], ["RUS ATTACKS AFG", "RUS SUPPORTS org:NORTHERN_ALLIANCE"]),
]
