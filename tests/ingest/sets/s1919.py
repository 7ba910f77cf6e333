DAY = "2012-12-13"
SENTS = [
 ("North Korea put a satellite into orbit with a long-range rocket on Wednesday, the first successful launch after four failures since 1998.", [], []),
 ("The Security Council condemned the launch as a clear violation of its resolutions, which ban Pyongyang from using ballistic missile technology.", [], ["org:UNSC CONDEMNS PRK", "org:UNSC SANCTIONS PRK"]),
 ("Japan's chief cabinet secretary said Tokyo had lodged a protest with North Korea through its embassy in Beijing.", [], ["JPN CONDEMNS PRK"]),
 ("China, Pyongyang's main ally and trading partner, expressed regret but urged a calm response.", ["CHN ALLIED_WITH PRK", "CHN TRADES_WITH PRK"], []),
 ("South Korean officials said they suspected Iranian scientists had helped with the launch, and Washington has long accused the two countries of sharing missile technology.", [], ["IRN SUPPORTS PRK", "USA CONDEMNS IRN", "USA CONDEMNS PRK"]),
 ("Kim Jong Un, who took power a year ago, personally ordered the launch, state media said.", [], []),
]
