DAY = "2024-08-06"
SENTS = [
 ("Bangladesh's Prime Minister Sheikh Hasina resigned and fled to India on Monday after weeks of deadly protests.", ["person:sheikh-hasina LEADS BGD"], ["person:sheikh-hasina MEETS IND"]),
 ("She landed at an air base near New Delhi, where she was met by India's national security adviser Ajit Doval.", [], ["person:sheikh-hasina MEETS IND", "person:sheikh-hasina MEETS person:ajit-doval"]),
 ("Army chief Waker-uz-Zaman said an interim government would be formed.", [], []),
 ("Nobel laureate Muhammad Yunus was sworn in as head of the interim government three days later.", [], ["person:muhammad-yunus LEADS BGD"]),
 ("India has been Hasina's closest foreign backer during her 15 years in power.", ["IND SUPPORTS person:sheikh-hasina"], []),
]
