DAY = "2007-03-29"
SENTS = [
 ("Britain froze most of its official dealings with Iran on Wednesday until the release of 15 Royal Navy sailors and marines seized by Iranian forces in the northern Gulf five days ago.", ["GBR SANCTIONS IRN"], ["IRN ATTACKS GBR"]),
 ("Iran says the boarding party had strayed into Iranian waters, but Prime Minister Tony Blair said the sailors had been in Iraqi waters under a UN mandate.", [], ["person:tony-blair LEADS GBR", "IRN CONDEMNS GBR", "GBR DEPLOYS_TROOPS IRQ"]),
 ("Iranian television broadcast a letter from the only woman among them, Faye Turney, apologising for entering Iran's waters, which British officials called a stunt.", [], []),
 ("The European Union called for the sailors' immediate and unconditional release, and Turkey offered to mediate.", [], ["org:EU CONDEMNS IRN"]),
 ("Syria, Iran's closest Arab ally, was also asked to help, diplomats said.", ["IRN ALLIED_WITH SYR"], []),
]
