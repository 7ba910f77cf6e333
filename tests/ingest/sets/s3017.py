DAY = "1947-04-28"
SENTS = [
 ("The United Nations General Assembly opened a special session in New York today to consider the future of Palestine, at Britain's request.", [], ["GBR MEETS org:UNGA"]),
 ("Britain, which has held the mandate since 1922, keeps about 100,000 soldiers in Palestine.", ["GBR DEPLOYS_TROOPS PSE"], []),
 ("Five Arab states tried in vain to put the ending of the mandate and Palestine's independence on the agenda.", [], []),
 ("The Soviet delegate, Andrei Gromyko, backed the Jewish Agency's request to be heard.", [], []),
 ("The United States has said it will not send troops to enforce any settlement.", [], []),
]
