DAY = "2008-08-25"
SENTS = [
 ("Nepal's new prime minister, the former Maoist rebel leader Prachanda, flew to Beijing on Saturday for the closing ceremony of the Olympics, breaking with the tradition that a Nepali premier's first trip abroad is to India.", ["person:pushpa-kamal-dahal LEADS NPL", "person:pushpa-kamal-dahal MEETS CHN"], []),
 ("Prachanda met Chinese President Hu Jintao and assured him that Nepal would not allow anti-China activities on its soil.", ["person:pushpa-kamal-dahal MEETS person:hu-jintao"], ["person:pushpa-kamal-dahal SUPPORTS CHN", "person:hu-jintao LEADS CHN", "person:pushpa-kamal-dahal MEETS CHN"]),
 ("Thousands of Tibetan refugees live in Nepal, and police in Kathmandu have broken up protests near the Chinese embassy since March.", [], []),
 ("India, which supplies most of Nepal's fuel and handles nearly all of its trade with the outside world, played down the significance of the visit.", ["IND TRADES_WITH NPL"], []),
]
