DAY = "2024-06-25"
SENTS = [
 ("Joe Biden designated Kenya a major non-NATO ally on Monday, the first country in sub-Saharan Africa to receive the status.", ["USA ALLIED_WITH KEN"], ["person:joe-biden ALLIED_WITH KEN"]),
 ("The announcement came a month after William Ruto's state visit to Washington.", ["person:william-ruto MEETS USA"], []),
 ("Kenya is leading a multinational police mission to Haiti that is largely funded by the United States.", ["KEN DEPLOYS_TROOPS HTI"], ["USA SUPPORTS KEN", "USA SUPPORTS HTI"]),
 ("Kenyan troops have also fought al-Shabaab in neighbouring Somalia since 2011.", ["KEN ATTACKS org:SHABAAB", "KEN DEPLOYS_TROOPS SOM"], []),
 ("China is Kenya's largest bilateral lender, having financed a railway from Mombasa to Nairobi.", ["CHN SUPPORTS KEN"], ["CHN TRADES_WITH KEN"]),
]
