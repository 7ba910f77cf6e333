DAY = "2014-07-10"
SENTS = [
 ("Germany asked the CIA's station chief in Berlin to leave the country on Thursday after the arrest of two suspected American spies, an extraordinary step against its closest ally outside Europe.", [], ["DEU CONDEMNS USA", "DEU SANCTIONS USA", "DEU ALLIED_WITH USA"]),
 ("Chancellor Angela Merkel said spying on allies was a waste of energy and that Germany and the United States had more important problems to deal with.", ["person:angela-merkel LEADS DEU"], ["person:angela-merkel CONDEMNS USA"]),
 ("One of the men, a clerk in Germany's foreign intelligence service, is accused of selling more than 200 documents to the United States.", [], []),
 ("The White House declined to comment but said its relationship with Germany remained vital.", [], ["USA ALLIED_WITH DEU"]),
 ("Revelations last year that the National Security Agency had tapped Merkel's mobile phone had already strained relations between Washington and Berlin.", [], []),
]
