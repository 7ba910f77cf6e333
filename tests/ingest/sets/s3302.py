DAY = "1947-11-10"
SENTS = [
 ("Indian troops marched into Junagadh on Sunday at the request of its Diwan, Sir Shah Nawaz Bhutto, ten weeks after the Nawab announced that his state would join Pakistan.", [], []),
 ("Pakistan's Prime Minister, Liaquat Ali Khan, telegraphed Pandit Nehru that the entry of Indian forces was a direct act of hostility against Pakistan and a clear violation of its territory.", ["person:liaquat-ali-khan LEADS PAK", "person:liaquat-ali-khan CONDEMNS IND"], ["PAK CONDEMNS IND"]),
 ("New Delhi replied that it had acted only to restore order and would let the people of Junagadh decide their future by plebiscite.", [], []),
 ("Karachi has accused India of starving Junagadh into submission with an economic blockade since September.", ["PAK CONDEMNS IND"], []),
]
