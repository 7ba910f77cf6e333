DAY = "1959-12-10"
SENTS = [
 ("President Eisenhower arrived in New Delhi on Wednesday to the largest welcome any visitor has been given in India since independence.", ["person:dwight-eisenhower MEETS IND"], ["person:dwight-eisenhower LEADS USA"]),
 ("At Palam airport, President Rajendra Prasad and Prime Minister Nehru were waiting to receive him.", [], ["person:dwight-eisenhower MEETS person:rajendra-prasad", "person:dwight-eisenhower MEETS person:jawaharlal-nehru", "person:rajendra-prasad MEETS person:jawaharlal-nehru"]),
 ("Earlier in the week he had conferred in Ankara with President Bayar, in Karachi with President Ayub Khan and in Kabul with King Zahir Shah.", [], ["person:dwight-eisenhower MEETS person:celal-bayar", "person:dwight-eisenhower MEETS person:ayub-khan", "person:dwight-eisenhower MEETS person:mohammad-zahir-shah", "person:dwight-eisenhower MEETS TUR", "person:dwight-eisenhower MEETS PAK", "person:dwight-eisenhower MEETS AFG", "person:celal-bayar LEADS TUR", "person:ayub-khan LEADS PAK", "person:mohammad-zahir-shah LEADS AFG"]),
 ("In Karachi the Pakistanis asked him to urge India towards a settlement in Kashmir.", [], ["PAK MEETS person:dwight-eisenhower"]),
 ("Mr. Eisenhower will address both houses of the Indian Parliament on Thursday before flying on to Tehran.", [], ["person:dwight-eisenhower MEETS IND", "person:dwight-eisenhower MEETS IRN"]),
]
