DAY = "2017-08-09"
SENTS = [
 ("Donald Trump warned on Tuesday that North Korea would be met with fire and fury if it continued to threaten the United States.", [], ["person:donald-trump CONDEMNS PRK"]),
 ("Pyongyang responded that it was examining a plan to fire missiles toward the US Pacific territory of Guam.", [], []),
 ("The UN Security Council had unanimously approved new sanctions on North Korea days earlier, banning its exports of coal, iron and seafood.", ["org:UNSC SANCTIONS PRK"], []),
 ("China, which buys most of North Korea's exports, backed the measures and urged both sides to avoid escalation.", ["CHN TRADES_WITH PRK"], ["CHN SUPPORTS org:UNSC"]),
 ("Japan and South Korea, both US treaty allies, said they would strengthen their defences.", ["JPN ALLIED_WITH USA", "KOR ALLIED_WITH USA"], []),
]
