DAY = "1947-08-15"
SENTS = [
 ("India and Pakistan became independent dominions at midnight, ending nearly two centuries of British rule.", [], []),
 ("Jawaharlal Nehru was sworn in as India's first Prime Minister, and Mohammed Ali Jinnah took office as Governor General of Pakistan.", ["person:jawaharlal-nehru LEADS IND", "person:muhammad-ali-jinnah LEADS PAK"], []),
 ("Lord Mountbatten stays on as Governor General in New Delhi at the request of the Congress leaders.", [], []),
 ("Riots in the Punjab, which the boundary award divides between the two new states, have killed hundreds.", [], []),
 ("The United States sent its congratulations to both governments and named Henry F. Grady its first ambassador to New Delhi.", ["USA SUPPORTS IND", "USA SUPPORTS PAK"], ["USA MEETS IND"]),
]
