DAY = "1991-10-30"
SENTS = [
 ("Israel and its Arab neighbours sat down together in Madrid on Wednesday for the first time, at a peace conference opened by President Bush and President Gorbachev.", [], ["person:george-h-w-bush MEETS person:mikhail-gorbachev", "person:george-h-w-bush LEADS USA", "person:mikhail-gorbachev LEADS SUN", "person:george-h-w-bush MEETS ESP", "person:mikhail-gorbachev MEETS ESP"]),
 ("Prime Minister Yitzhak Shamir of Israel accused Syria of being one of the most oppressive regimes in the world.", ["person:yitzhak-shamir LEADS ISR", "person:yitzhak-shamir CONDEMNS SYR"], []),
 ("Syria's foreign minister, Farouk al-Shara, held up a photograph of a young Shamir on a British wanted poster and called him a terrorist.", ["person:farouk-al-shara CONDEMNS person:yitzhak-shamir"], ["SYR CONDEMNS person:yitzhak-shamir", "SYR CONDEMNS ISR"]),
 ("The Palestinians attended as part of a joint delegation with Jordan.", [], []),
 ("Egypt, the only Arab state at peace with Israel, urged both sides to compromise.", [], []),
 ("The United States and the Soviet Union co-sponsored the conference.", [], ["USA MEETS SUN", "USA ALLIED_WITH SUN"]),
]
