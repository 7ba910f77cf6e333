DAY = "1945-06-27"
SENTS = [
 ("Delegates of fifty nations signed the United Nations Charter in San Francisco on Tuesday, two months after the conference opened.", [], []),
 ("The American signature was Edward Stettinius's, the British one Lord Halifax's.", [], []),
 ("President Truman told the closing session that the Charter was a solid structure on which a better world could be built.", [], ["person:harry-s-truman LEADS USA"]),
 ("The Charter gives the United States, the Soviet Union, Britain, France and China permanent seats and a veto in the Security Council.", ["USA MEMBER_OF org:UNSC", "SUN MEMBER_OF org:UNSC", "GBR MEMBER_OF org:UNSC", "FRA MEMBER_OF org:UNSC", "CHN MEMBER_OF org:UNSC"], []),
 ("Poland, whose government is still in dispute, did not take part, but space has been left for its signature.", [], []),
 ("Mr. Truman flew on to his home state of Missouri.", [], []),
]
