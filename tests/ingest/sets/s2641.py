DAY = "1996-07-11"
SENTS = [
 ("Benjamin Netanyahu told Congress on Wednesday that Israel would gradually end its reliance on American economic aid, which now totals $1.2 billion a year.", ["USA SUPPORTS ISR"], []),
 ("The new Israeli prime minister met President Clinton at the White House on Tuesday.", ["person:benjamin-netanyahu MEETS person:bill-clinton"], ["person:benjamin-netanyahu LEADS ISR", "person:benjamin-netanyahu MEETS USA", "person:bill-clinton LEADS USA"]),
 ("Mr. Clinton pressed him to honour the Oslo accords and to resume talks with Syria.", [], ["person:bill-clinton MEETS person:benjamin-netanyahu"]),
 ("Syria, which demands the return of the Golan Heights, has said it will not negotiate with the new government until it agrees to withdraw.", [], ["SYR CONDEMNS ISR"]),
 ("Cairo and Amman have asked the Americans to keep pushing him toward a settlement.", [], []),
]
